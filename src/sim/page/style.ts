/** The style of the simulator's page (page.ts). */
export const PAGE_STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{display:flex;gap:1.5em;align-items:center;padding:.5em 1em;background:#1d2330;color:#fff}
header h1{font-size:1.1em;margin:0}
#controls{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center;padding:.5em 1em;background:#e8ebf0}
#control-status{font-style:italic}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em;padding:1em}
#world,.side{min-width:0;overflow-x:auto}
.scroll{max-height:45vh;overflow:auto}
#detail{margin-top:1em;background:#fff;border:1px solid #c9ced8;padding:.5em 1em}
h2{font-size:1em;margin:.2em 0 .5em}
h3{font-size:.95em;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;background:#fff;font-size:12px}
th,td{border:1px solid #dde1e8;padding:2px 4px;text-align:left;vertical-align:top}
#requests tr{cursor:pointer}
#requests tr:hover{background:#eef3ff}
#requests tr.refused td{color:#a11}
#requests tr.selected{outline:2px solid #3060d0}
.role{color:#555;font-size:11px}
button.copy{font-size:10px;padding:0 3px;margin-left:3px}
pre{background:#f1f2f5;padding:.4em;white-space:pre-wrap;word-break:break-all;font-size:12px}
.cause{font-weight:bold;color:#a11}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}
dt{font-weight:bold}
dd{margin:0;word-break:break-all}
`;
