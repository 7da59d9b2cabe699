// generated from schemas/*/*.request.json by `npm run gen` (src/contracts/validators-gen.ts) — do not edit
// ajv standalone validators, json mode: {"strict":false,"allErrors":true,"useDefaults":false,"validateSchema":false}
// @ts-nocheck
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

export const tencent_v2__AttachNetworkInterface = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v2:AttachNetworkInterface.request","$comment":"generated from specs/tencent-v2.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v2 AttachNetworkInterface request parameters","$ref":"#/$defs/AttachNetworkInterfaceRequest","$defs":{"AttachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","instanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}},"InstanceId":{"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]},"NetworkInterfaceId":{"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]},"VpcId":{"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]}}};
const schema1 = {"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","instanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}};
const schema2 = {"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]};
const schema3 = {"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema4 = {"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]};
const pattern0 = new RegExp("^vpc-[a-z0-9]{8}$", "u");
const pattern1 = new RegExp("^eni-[a-z0-9]{8}$", "u");
const pattern2 = new RegExp("^ins-[a-z0-9]{8}$", "u");

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vpcId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vpcId"},message:"must have required property '"+"vpcId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.instanceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceId"},message:"must have required property '"+"instanceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "vpcId") || (key0 === "networkInterfaceId")) || (key0 === "instanceId"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.vpcId !== undefined){
let data0 = data.vpcId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/pattern",keyword:"pattern",params:{pattern: "^vpc-[a-z0-9]{8}$"},message:"must match pattern \""+"^vpc-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data1 = data.networkInterfaceId;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err6 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data2 = data.instanceId;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err8 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v2:AttachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v2__MigrateNetworkInterface = validate3;
const schema5 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v2:MigrateNetworkInterface.request","$comment":"generated from specs/tencent-v2.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v2 MigrateNetworkInterface request parameters","$ref":"#/$defs/MigrateNetworkInterfaceRequest","$defs":{"InstanceId":{"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]},"MigrateNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","oldInstanceId","newInstanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"oldInstanceId":{"$ref":"#/$defs/InstanceId","description":"CVM before the migration (000, section 2 gives ins-xx44545f as its example, the same as for newInstanceId)."},"newInstanceId":{"$ref":"#/$defs/InstanceId","description":"CVM after the migration (000, section 2 gives ins-xx44545f as its example, the same as for oldInstanceId)."}}},"NetworkInterfaceId":{"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]},"VpcId":{"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]}}};
const schema6 = {"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","oldInstanceId","newInstanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"oldInstanceId":{"$ref":"#/$defs/InstanceId","description":"CVM before the migration (000, section 2 gives ins-xx44545f as its example, the same as for newInstanceId)."},"newInstanceId":{"$ref":"#/$defs/InstanceId","description":"CVM after the migration (000, section 2 gives ins-xx44545f as its example, the same as for oldInstanceId)."}}};
const schema7 = {"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]};
const schema8 = {"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema9 = {"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vpcId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vpcId"},message:"must have required property '"+"vpcId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.oldInstanceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "oldInstanceId"},message:"must have required property '"+"oldInstanceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.newInstanceId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newInstanceId"},message:"must have required property '"+"newInstanceId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "vpcId") || (key0 === "networkInterfaceId")) || (key0 === "oldInstanceId")) || (key0 === "newInstanceId"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.vpcId !== undefined){
let data0 = data.vpcId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/pattern",keyword:"pattern",params:{pattern: "^vpc-[a-z0-9]{8}$"},message:"must match pattern \""+"^vpc-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data1 = data.networkInterfaceId;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.oldInstanceId !== undefined){
let data2 = data.oldInstanceId;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err9 = {instancePath:instancePath+"/oldInstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/oldInstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.newInstanceId !== undefined){
let data3 = data.newInstanceId;
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err11 = {instancePath:instancePath+"/newInstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/newInstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v2:MigrateNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate4(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v2__DetachNetworkInterface = validate6;
const schema11 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v2:DetachNetworkInterface.request","$comment":"generated from specs/tencent-v2.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v2 DetachNetworkInterface request parameters","$ref":"#/$defs/DetachNetworkInterfaceRequest","$defs":{"DetachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","instanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}},"InstanceId":{"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]},"NetworkInterfaceId":{"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]},"VpcId":{"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["vpcId","networkInterfaceId","instanceId"],"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}};
const schema13 = {"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]};
const schema14 = {"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema15 = {"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vpcId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vpcId"},message:"must have required property '"+"vpcId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.instanceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceId"},message:"must have required property '"+"instanceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "vpcId") || (key0 === "networkInterfaceId")) || (key0 === "instanceId"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.vpcId !== undefined){
let data0 = data.vpcId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/pattern",keyword:"pattern",params:{pattern: "^vpc-[a-z0-9]{8}$"},message:"must match pattern \""+"^vpc-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data1 = data.networkInterfaceId;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err6 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data2 = data.instanceId;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err8 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v2:DetachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate6.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate7(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
validate6.errors = vErrors;
return errors === 0;
}
validate6.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v2__DescribeNetworkInterfaces = validate9;
const schema16 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v2:DescribeNetworkInterfaces.request","$comment":"generated from specs/tencent-v2.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v2 DescribeNetworkInterfaces request parameters","$ref":"#/$defs/DescribeNetworkInterfacesRequest","$defs":{"DescribeNetworkInterfacesRequest":{"type":"object","additionalProperties":false,"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"eniName":{"type":"string","description":"Fuzzy match on the ENI name."},"eniDescription":{"type":"string","description":"Fuzzy match on the ENI description."},"instanceId":{"$ref":"#/$defs/InstanceId"},"offset":{"type":"integer","minimum":0,"default":0},"limit":{"type":"integer","minimum":1,"maximum":50,"default":20},"orderField":{"type":"string","enum":["eniName","createTime"],"default":"createTime"},"orderDirection":{"type":"string","enum":["asc","desc"],"default":"desc"}}},"InstanceId":{"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]},"NetworkInterfaceId":{"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]},"VpcId":{"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]}}};
const schema17 = {"type":"object","additionalProperties":false,"properties":{"vpcId":{"$ref":"#/$defs/VpcId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"eniName":{"type":"string","description":"Fuzzy match on the ENI name."},"eniDescription":{"type":"string","description":"Fuzzy match on the ENI description."},"instanceId":{"$ref":"#/$defs/InstanceId"},"offset":{"type":"integer","minimum":0,"default":0},"limit":{"type":"integer","minimum":1,"maximum":50,"default":20},"orderField":{"type":"string","enum":["eniName","createTime"],"default":"createTime"},"orderDirection":{"type":"string","enum":["asc","desc"],"default":"desc"}}};
const schema18 = {"type":"string","description":"VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).","pattern":"^vpc-[a-z0-9]{8}$","examples":["vpc-7t9nf3pu"]};
const schema19 = {"type":"string","description":"ENI id (000 and 001, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema20 = {"type":"string","description":"CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-xx44545f"]};
const func0 = Object.prototype.hasOwnProperty;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func0.call(schema17.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.vpcId !== undefined){
let data0 = data.vpcId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err1 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/pattern",keyword:"pattern",params:{pattern: "^vpc-[a-z0-9]{8}$"},message:"must match pattern \""+"^vpc-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/vpcId",schemaPath:"#/$defs/VpcId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data1 = data.networkInterfaceId;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err3 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.eniName !== undefined){
if(typeof data.eniName !== "string"){
const err5 = {instancePath:instancePath+"/eniName",schemaPath:"#/properties/eniName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.eniDescription !== undefined){
if(typeof data.eniDescription !== "string"){
const err6 = {instancePath:instancePath+"/eniDescription",schemaPath:"#/properties/eniDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data4 = data.instanceId;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err7 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.offset !== undefined){
let data5 = data.offset;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err9 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.limit !== undefined){
let data6 = data.limit;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err11 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 50 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.orderField !== undefined){
let data7 = data.orderField;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/orderField",schemaPath:"#/properties/orderField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data7 === "eniName") || (data7 === "createTime"))){
const err15 = {instancePath:instancePath+"/orderField",schemaPath:"#/properties/orderField/enum",keyword:"enum",params:{allowedValues: schema17.properties.orderField.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.orderDirection !== undefined){
let data8 = data.orderDirection;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/orderDirection",schemaPath:"#/properties/orderDirection/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data8 === "asc") || (data8 === "desc"))){
const err17 = {instancePath:instancePath+"/orderDirection",schemaPath:"#/properties/orderDirection/enum",keyword:"enum",params:{allowedValues: schema17.properties.orderDirection.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v2:DescribeNetworkInterfaces.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate9.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate10(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
validate9.errors = vErrors;
return errors === 0;
}
validate9.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v2__DescribeVpcTaskResult = validate12;
const schema21 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v2:DescribeVpcTaskResult.request","$comment":"generated from specs/tencent-v2.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v2 DescribeVpcTaskResult request parameters","$ref":"#/$defs/DescribeVpcTaskResultRequest","$defs":{"DescribeVpcTaskResultRequest":{"type":"object","additionalProperties":false,"required":["taskId"],"properties":{"taskId":{"$ref":"#/$defs/TaskId"}}},"TaskId":{"type":"integer","description":"Id of the asynchronous task (000 and 001, section 3, Int).","minimum":0,"examples":[16284]}}};
const schema22 = {"type":"object","additionalProperties":false,"required":["taskId"],"properties":{"taskId":{"$ref":"#/$defs/TaskId"}}};
const schema23 = {"type":"integer","description":"Id of the asynchronous task (000 and 001, section 3, Int).","minimum":0,"examples":[16284]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate13.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.taskId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskId"},message:"must have required property '"+"taskId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "taskId")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.taskId !== undefined){
let data0 = data.taskId;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err2 = {instancePath:instancePath+"/taskId",schemaPath:"#/$defs/TaskId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/taskId",schemaPath:"#/$defs/TaskId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}
validate13.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v2:DescribeVpcTaskResult.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate13(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v3__AttachNetworkInterface = validate15;
const schema24 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v3:AttachNetworkInterface.request","$comment":"generated from specs/tencent-v3.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v3 AttachNetworkInterface request parameters","$ref":"#/$defs/AttachNetworkInterfaceRequest","$defs":{"AttachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["NetworkInterfaceId","InstanceId"],"properties":{"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"AttachType":{"type":"integer","enum":[0,1],"default":0,"description":"ENI mounting type, 0 standard, 1 extension (002, section 2)."},"ClientToken":{"$ref":"#/$defs/ClientToken"}}},"ClientToken":{"type":"string","description":"Idempotency token, at most 64 ASCII characters. Not in 002's parameter table, but 002's error\ntable lists the two idempotency errors; the parameter is on the current Chinese page and in\nthe current SDK.\n","maxLength":64,"pattern":"^[\\x20-\\x7e]{1,64}$"},"InstanceId":{"type":"string","description":"CVM instance id (002, section 2, for example ins-r8hr2upy).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-r8hr2upy"]},"NetworkInterfaceId":{"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]}}};
const schema25 = {"type":"object","additionalProperties":false,"required":["NetworkInterfaceId","InstanceId"],"properties":{"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"AttachType":{"type":"integer","enum":[0,1],"default":0,"description":"ENI mounting type, 0 standard, 1 extension (002, section 2)."},"ClientToken":{"$ref":"#/$defs/ClientToken"}}};
const schema26 = {"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema27 = {"type":"string","description":"CVM instance id (002, section 2, for example ins-r8hr2upy).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-r8hr2upy"]};
const schema28 = {"type":"string","description":"Idempotency token, at most 64 ASCII characters. Not in 002's parameter table, but 002's error\ntable lists the two idempotency errors; the parameter is on the current Chinese page and in\nthe current SDK.\n","maxLength":64,"pattern":"^[\\x20-\\x7e]{1,64}$"};
const pattern15 = new RegExp("^[\\x20-\\x7e]{1,64}$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NetworkInterfaceId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NetworkInterfaceId"},message:"must have required property '"+"NetworkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.InstanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "InstanceId"},message:"must have required property '"+"InstanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "NetworkInterfaceId") || (key0 === "InstanceId")) || (key0 === "AttachType")) || (key0 === "ClientToken"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.NetworkInterfaceId !== undefined){
let data0 = data.NetworkInterfaceId;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.InstanceId !== undefined){
let data1 = data.InstanceId;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err5 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.AttachType !== undefined){
let data2 = data.AttachType;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err7 = {instancePath:instancePath+"/AttachType",schemaPath:"#/properties/AttachType/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === 0) || (data2 === 1))){
const err8 = {instancePath:instancePath+"/AttachType",schemaPath:"#/properties/AttachType/enum",keyword:"enum",params:{allowedValues: schema25.properties.AttachType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ClientToken !== undefined){
let data3 = data.ClientToken;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err9 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern15.test(data3)){
const err10 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]{1,64}$"},message:"must match pattern \""+"^[\\x20-\\x7e]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v3:AttachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v3__DetachNetworkInterface = validate18;
const schema29 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v3:DetachNetworkInterface.request","$comment":"generated from specs/tencent-v3.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v3 DetachNetworkInterface request parameters","$ref":"#/$defs/DetachNetworkInterfaceRequest","$defs":{"ClientToken":{"type":"string","description":"Idempotency token, at most 64 ASCII characters. Not in 002's parameter table, but 002's error\ntable lists the two idempotency errors; the parameter is on the current Chinese page and in\nthe current SDK.\n","maxLength":64,"pattern":"^[\\x20-\\x7e]{1,64}$"},"DetachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["NetworkInterfaceId","InstanceId"],"properties":{"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"ClientToken":{"$ref":"#/$defs/ClientToken"}}},"InstanceId":{"type":"string","description":"CVM instance id (002, section 2, for example ins-r8hr2upy).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-r8hr2upy"]},"NetworkInterfaceId":{"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]}}};
const schema30 = {"type":"object","additionalProperties":false,"required":["NetworkInterfaceId","InstanceId"],"properties":{"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"ClientToken":{"$ref":"#/$defs/ClientToken"}}};
const schema31 = {"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema32 = {"type":"string","description":"CVM instance id (002, section 2, for example ins-r8hr2upy).","pattern":"^ins-[a-z0-9]{8}$","examples":["ins-r8hr2upy"]};
const schema33 = {"type":"string","description":"Idempotency token, at most 64 ASCII characters. Not in 002's parameter table, but 002's error\ntable lists the two idempotency errors; the parameter is on the current Chinese page and in\nthe current SDK.\n","maxLength":64,"pattern":"^[\\x20-\\x7e]{1,64}$"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NetworkInterfaceId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NetworkInterfaceId"},message:"must have required property '"+"NetworkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.InstanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "InstanceId"},message:"must have required property '"+"InstanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "NetworkInterfaceId") || (key0 === "InstanceId")) || (key0 === "ClientToken"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.NetworkInterfaceId !== undefined){
let data0 = data.NetworkInterfaceId;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.InstanceId !== undefined){
let data1 = data.InstanceId;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err5 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^ins-[a-z0-9]{8}$"},message:"must match pattern \""+"^ins-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ClientToken !== undefined){
let data2 = data.ClientToken;
if(typeof data2 === "string"){
if(func1(data2) > 64){
const err7 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern15.test(data2)){
const err8 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]{1,64}$"},message:"must match pattern \""+"^[\\x20-\\x7e]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/ClientToken",schemaPath:"#/$defs/ClientToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v3:DetachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate19(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v3__DescribeNetworkInterfaces = validate21;
const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v3:DescribeNetworkInterfaces.request","$comment":"generated from specs/tencent-v3.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v3 DescribeNetworkInterfaces request parameters","$ref":"#/$defs/DescribeNetworkInterfacesRequest","$defs":{"DescribeNetworkInterfacesRequest":{"type":"object","additionalProperties":false,"properties":{"NetworkInterfaceIds":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/NetworkInterfaceId"}},"Filters":{"type":"array","items":{"$ref":"#/$defs/Filter"}},"Offset":{"type":"integer","minimum":0,"default":0},"Limit":{"type":"integer","minimum":1,"maximum":100,"default":20}}},"Filter":{"type":"object","additionalProperties":false,"required":["Name","Values"],"properties":{"Name":{"type":"string","examples":["vpc-id","network-interface-id","attachment.instance-id","is-primary"]},"Values":{"type":"array","minItems":1,"description":"At least one value; the values of one filter are OR-ed.","items":{"type":"string"}}}},"NetworkInterfaceId":{"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]}}};
const schema35 = {"type":"object","additionalProperties":false,"properties":{"NetworkInterfaceIds":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/NetworkInterfaceId"}},"Filters":{"type":"array","items":{"$ref":"#/$defs/Filter"}},"Offset":{"type":"integer","minimum":0,"default":0},"Limit":{"type":"integer","minimum":1,"maximum":100,"default":20}}};
const schema36 = {"type":"string","description":"ENI id (002, section 2, for example eni-m6dyj72l).","pattern":"^eni-[a-z0-9]{8}$","examples":["eni-m6dyj72l"]};
const schema37 = {"type":"object","additionalProperties":false,"required":["Name","Values"],"properties":{"Name":{"type":"string","examples":["vpc-id","network-interface-id","attachment.instance-id","is-primary"]},"Values":{"type":"array","minItems":1,"description":"At least one value; the values of one filter are OR-ed.","items":{"type":"string"}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "NetworkInterfaceIds") || (key0 === "Filters")) || (key0 === "Offset")) || (key0 === "Limit"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.NetworkInterfaceIds !== undefined){
let data0 = data.NetworkInterfaceIds;
if(Array.isArray(data0)){
if(data0.length > 100){
const err1 = {instancePath:instancePath+"/NetworkInterfaceIds",schemaPath:"#/properties/NetworkInterfaceIds/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err2 = {instancePath:instancePath+"/NetworkInterfaceIds/" + i0,schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/NetworkInterfaceIds/" + i0,schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/NetworkInterfaceIds",schemaPath:"#/properties/NetworkInterfaceIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Filters !== undefined){
let data2 = data.Filters;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Name === undefined){
const err5 = {instancePath:instancePath+"/Filters/" + i1,schemaPath:"#/$defs/Filter/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.Values === undefined){
const err6 = {instancePath:instancePath+"/Filters/" + i1,schemaPath:"#/$defs/Filter/required",keyword:"required",params:{missingProperty: "Values"},message:"must have required property '"+"Values"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "Name") || (key1 === "Values"))){
const err7 = {instancePath:instancePath+"/Filters/" + i1,schemaPath:"#/$defs/Filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.Name !== undefined){
if(typeof data3.Name !== "string"){
const err8 = {instancePath:instancePath+"/Filters/" + i1+"/Name",schemaPath:"#/$defs/Filter/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.Values !== undefined){
let data5 = data3.Values;
if(Array.isArray(data5)){
if(data5.length < 1){
const err9 = {instancePath:instancePath+"/Filters/" + i1+"/Values",schemaPath:"#/$defs/Filter/properties/Values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(typeof data5[i2] !== "string"){
const err10 = {instancePath:instancePath+"/Filters/" + i1+"/Values/" + i2,schemaPath:"#/$defs/Filter/properties/Values/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/Filters/" + i1+"/Values",schemaPath:"#/$defs/Filter/properties/Values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/Filters/" + i1,schemaPath:"#/$defs/Filter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/Filters",schemaPath:"#/properties/Filters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.Offset !== undefined){
let data7 = data.Offset;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err14 = {instancePath:instancePath+"/Offset",schemaPath:"#/properties/Offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/Offset",schemaPath:"#/properties/Offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.Limit !== undefined){
let data8 = data.Limit;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err16 = {instancePath:instancePath+"/Limit",schemaPath:"#/properties/Limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 100 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/Limit",schemaPath:"#/properties/Limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/Limit",schemaPath:"#/properties/Limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v3:DescribeNetworkInterfaces.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tencent_v3__DescribeVpcTaskResult = validate24;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:tencent-v3:DescribeVpcTaskResult.request","$comment":"generated from specs/tencent-v3.openapi.yaml by `npm run gen` — do not edit","title":"tencent-v3 DescribeVpcTaskResult request parameters","$ref":"#/$defs/DescribeVpcTaskResultRequest","$defs":{"DescribeVpcTaskResultRequest":{"type":"object","additionalProperties":false,"required":["TaskId"],"properties":{"TaskId":{"type":"string","description":"The RequestId of the asynchronous call.","minLength":1}}}}};
const schema39 = {"type":"object","additionalProperties":false,"required":["TaskId"],"properties":{"TaskId":{"type":"string","description":"The RequestId of the asynchronous call.","minLength":1}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:tencent-v3:DescribeVpcTaskResult.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.TaskId === undefined){
const err0 = {instancePath,schemaPath:"#/$defs/DescribeVpcTaskResultRequest/required",keyword:"required",params:{missingProperty: "TaskId"},message:"must have required property '"+"TaskId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "TaskId")){
const err1 = {instancePath,schemaPath:"#/$defs/DescribeVpcTaskResultRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.TaskId !== undefined){
let data0 = data.TaskId;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/TaskId",schemaPath:"#/$defs/DescribeVpcTaskResultRequest/properties/TaskId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/TaskId",schemaPath:"#/$defs/DescribeVpcTaskResultRequest/properties/TaskId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/$defs/DescribeVpcTaskResultRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const aliyun_ecs__AttachNetworkInterface = validate25;
const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:aliyun-ecs:AttachNetworkInterface.request","$comment":"generated from specs/aliyun-ecs.openapi.yaml by `npm run gen` — do not edit","title":"aliyun-ecs AttachNetworkInterface request parameters","$ref":"#/$defs/AttachNetworkInterfaceRequest","$defs":{"AttachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["RegionId","InstanceId","NetworkInterfaceId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"NetworkCardIndex":{"type":"integer","minimum":0,"description":"Companion source: current SDK model. Index of the physical network card, only for instance families with several network cards; not in 003's table."},"TrunkNetworkInstanceId":{"$ref":"#/$defs/NetworkInterfaceId","description":"Companion source: current SDK model. Id of a trunk ENI (the model says the feature is not yet available); not in 003's table."},"WaitForNetworkConfigurationReady":{"type":"boolean","deprecated":true,"description":"Companion source: current SDK model (deprecated); sent as the string true or false; not in 003's table."},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}}},"InstanceId":{"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]},"NetworkInterfaceId":{"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]},"OwnerAccount":{"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."},"OwnerId":{"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."},"RegionId":{"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]}}};
const schema41 = {"type":"object","additionalProperties":false,"required":["RegionId","InstanceId","NetworkInterfaceId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"NetworkCardIndex":{"type":"integer","minimum":0,"description":"Companion source: current SDK model. Index of the physical network card, only for instance families with several network cards; not in 003's table."},"TrunkNetworkInstanceId":{"$ref":"#/$defs/NetworkInterfaceId","description":"Companion source: current SDK model. Id of a trunk ENI (the model says the feature is not yet available); not in 003's table."},"WaitForNetworkConfigurationReady":{"type":"boolean","deprecated":true,"description":"Companion source: current SDK model (deprecated); sent as the string true or false; not in 003's table."},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}}};
const schema42 = {"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]};
const schema43 = {"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]};
const schema44 = {"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]};
const schema46 = {"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."};
const schema48 = {"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."};
const pattern20 = new RegExp("^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern21 = new RegExp("^i-[a-z0-9]{8,30}$", "u");
const pattern22 = new RegExp("^eni-[a-z0-9]{8,30}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.RegionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RegionId"},message:"must have required property '"+"RegionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.InstanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "InstanceId"},message:"must have required property '"+"InstanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.NetworkInterfaceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NetworkInterfaceId"},message:"must have required property '"+"NetworkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema41.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.RegionId !== undefined){
let data0 = data.RegionId;
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.InstanceId !== undefined){
let data1 = data.InstanceId;
if(typeof data1 === "string"){
if(!pattern21.test(data1)){
const err6 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^i-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.NetworkInterfaceId !== undefined){
let data2 = data.NetworkInterfaceId;
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
const err8 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.NetworkCardIndex !== undefined){
let data3 = data.NetworkCardIndex;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err10 = {instancePath:instancePath+"/NetworkCardIndex",schemaPath:"#/properties/NetworkCardIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/NetworkCardIndex",schemaPath:"#/properties/NetworkCardIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.TrunkNetworkInstanceId !== undefined){
let data4 = data.TrunkNetworkInstanceId;
if(typeof data4 === "string"){
if(!pattern22.test(data4)){
const err12 = {instancePath:instancePath+"/TrunkNetworkInstanceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/TrunkNetworkInstanceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.WaitForNetworkConfigurationReady !== undefined){
if(typeof data.WaitForNetworkConfigurationReady !== "boolean"){
const err14 = {instancePath:instancePath+"/WaitForNetworkConfigurationReady",schemaPath:"#/properties/WaitForNetworkConfigurationReady/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.OwnerId !== undefined){
let data6 = data.OwnerId;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err15 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.ResourceOwnerId !== undefined){
let data7 = data.ResourceOwnerId;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err17 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.OwnerAccount !== undefined){
if(typeof data.OwnerAccount !== "string"){
const err19 = {instancePath:instancePath+"/OwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ResourceOwnerAccount !== undefined){
if(typeof data.ResourceOwnerAccount !== "string"){
const err20 = {instancePath:instancePath+"/ResourceOwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:aliyun-ecs:AttachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const aliyun_ecs__DetachNetworkInterface = validate28;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:aliyun-ecs:DetachNetworkInterface.request","$comment":"generated from specs/aliyun-ecs.openapi.yaml by `npm run gen` — do not edit","title":"aliyun-ecs DetachNetworkInterface request parameters","$ref":"#/$defs/DetachNetworkInterfaceRequest","$defs":{"DetachNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["RegionId","NetworkInterfaceId","InstanceId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"TrunkNetworkInstanceId":{"$ref":"#/$defs/NetworkInterfaceId","description":"Id of a trunk ENI (the model says the feature is not yet available)."},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}}},"InstanceId":{"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]},"NetworkInterfaceId":{"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]},"OwnerAccount":{"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."},"OwnerId":{"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."},"RegionId":{"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]}}};
const schema51 = {"type":"object","additionalProperties":false,"required":["RegionId","NetworkInterfaceId","InstanceId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"NetworkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"TrunkNetworkInstanceId":{"$ref":"#/$defs/NetworkInterfaceId","description":"Id of a trunk ENI (the model says the feature is not yet available)."},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}}};
const schema52 = {"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]};
const schema53 = {"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]};
const schema54 = {"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]};
const schema56 = {"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."};
const schema58 = {"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.RegionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RegionId"},message:"must have required property '"+"RegionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.NetworkInterfaceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NetworkInterfaceId"},message:"must have required property '"+"NetworkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.InstanceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "InstanceId"},message:"must have required property '"+"InstanceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "RegionId") || (key0 === "NetworkInterfaceId")) || (key0 === "InstanceId")) || (key0 === "TrunkNetworkInstanceId")) || (key0 === "OwnerId")) || (key0 === "ResourceOwnerId")) || (key0 === "OwnerAccount")) || (key0 === "ResourceOwnerAccount"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.RegionId !== undefined){
let data0 = data.RegionId;
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.NetworkInterfaceId !== undefined){
let data1 = data.NetworkInterfaceId;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err6 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/NetworkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.InstanceId !== undefined){
let data2 = data.InstanceId;
if(typeof data2 === "string"){
if(!pattern21.test(data2)){
const err8 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^i-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.TrunkNetworkInstanceId !== undefined){
let data3 = data.TrunkNetworkInstanceId;
if(typeof data3 === "string"){
if(!pattern22.test(data3)){
const err10 = {instancePath:instancePath+"/TrunkNetworkInstanceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/TrunkNetworkInstanceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.OwnerId !== undefined){
let data4 = data.OwnerId;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err12 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.ResourceOwnerId !== undefined){
let data5 = data.ResourceOwnerId;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err14 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.OwnerAccount !== undefined){
if(typeof data.OwnerAccount !== "string"){
const err16 = {instancePath:instancePath+"/OwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ResourceOwnerAccount !== undefined){
if(typeof data.ResourceOwnerAccount !== "string"){
const err17 = {instancePath:instancePath+"/ResourceOwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:aliyun-ecs:DetachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const aliyun_ecs__DescribeNetworkInterfaces = validate31;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:aliyun-ecs:DescribeNetworkInterfaces.request","$comment":"generated from specs/aliyun-ecs.openapi.yaml by `npm run gen` — do not edit","title":"aliyun-ecs DescribeNetworkInterfaces request parameters","$ref":"#/$defs/DescribeNetworkInterfacesRequest","$defs":{"DescribeNetworkInterfacesRequest":{"type":"object","additionalProperties":false,"required":["RegionId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"VpcId":{"type":"string","pattern":"^vpc-[a-z0-9]{8,30}$"},"VSwitchId":{"type":"string","pattern":"^vsw-[a-z0-9]{8,30}$"},"SecurityGroupId":{"type":"string","pattern":"^sg-[a-z0-9]{8,30}$"},"PrimaryIpAddress":{"type":"string"},"NetworkInterfaceName":{"type":"string"},"Type":{"type":"string","enum":["Primary","Secondary"],"description":"ENI type filter; empty means all."},"Status":{"$ref":"#/$defs/EniStatus"},"ServiceManaged":{"type":"boolean","description":"Sent as the string true or false."},"ResourceGroupId":{"type":"string"},"PageNumber":{"type":"integer","minimum":1,"default":1},"PageSize":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"At most 100 in the older document, 1000 in the current model (protocols.md, section 6 item 10)."},"NextToken":{"type":"string"},"MaxResults":{"type":"integer","minimum":10,"maximum":500,"default":10},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}},"patternProperties":{"^NetworkInterfaceId\\.([1-9]|[1-9][0-9]|100)$":{"$ref":"#/$defs/NetworkInterfaceId"},"^PrivateIpAddress\\.[1-9][0-9]*$":{"type":"string"},"^Ipv6Address\\.[1-9][0-9]*$":{"type":"string"},"^Tag\\.[1-9][0-9]*\\.(Key|Value)$":{"type":"string"}}},"EniStatus":{"type":"string","enum":["Creating","Available","Attaching","InUse","Detaching","Deleting","CreateFailed"],"description":"ENI status. The current SDK model lists Available, Attaching, InUse, Detaching and Deleting; the\nolder document adds Creating and CreateFailed. The enum is their union.\n"},"InstanceId":{"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]},"NetworkInterfaceId":{"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]},"OwnerAccount":{"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."},"OwnerId":{"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."},"RegionId":{"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]}}};
const schema61 = {"type":"object","additionalProperties":false,"required":["RegionId"],"properties":{"RegionId":{"$ref":"#/$defs/RegionId"},"InstanceId":{"$ref":"#/$defs/InstanceId"},"VpcId":{"type":"string","pattern":"^vpc-[a-z0-9]{8,30}$"},"VSwitchId":{"type":"string","pattern":"^vsw-[a-z0-9]{8,30}$"},"SecurityGroupId":{"type":"string","pattern":"^sg-[a-z0-9]{8,30}$"},"PrimaryIpAddress":{"type":"string"},"NetworkInterfaceName":{"type":"string"},"Type":{"type":"string","enum":["Primary","Secondary"],"description":"ENI type filter; empty means all."},"Status":{"$ref":"#/$defs/EniStatus"},"ServiceManaged":{"type":"boolean","description":"Sent as the string true or false."},"ResourceGroupId":{"type":"string"},"PageNumber":{"type":"integer","minimum":1,"default":1},"PageSize":{"type":"integer","minimum":1,"maximum":1000,"default":10,"description":"At most 100 in the older document, 1000 in the current model (protocols.md, section 6 item 10)."},"NextToken":{"type":"string"},"MaxResults":{"type":"integer","minimum":10,"maximum":500,"default":10},"OwnerId":{"$ref":"#/$defs/OwnerId"},"ResourceOwnerId":{"$ref":"#/$defs/OwnerId"},"OwnerAccount":{"$ref":"#/$defs/OwnerAccount"},"ResourceOwnerAccount":{"$ref":"#/$defs/OwnerAccount"}},"patternProperties":{"^NetworkInterfaceId\\.([1-9]|[1-9][0-9]|100)$":{"$ref":"#/$defs/NetworkInterfaceId"},"^PrivateIpAddress\\.[1-9][0-9]*$":{"type":"string"},"^Ipv6Address\\.[1-9][0-9]*$":{"type":"string"},"^Tag\\.[1-9][0-9]*\\.(Key|Value)$":{"type":"string"}}};
const schema62 = {"type":"string","description":"Region id (003, section Request parameters, for example cn-hangzhou).","pattern":"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$","examples":["cn-hangzhou"]};
const schema63 = {"type":"string","description":"ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last\nfour masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^i-[a-z0-9]{8,30}$","examples":["i-bp16qstyvxj9gpqw1234"]};
const schema64 = {"type":"string","enum":["Creating","Available","Attaching","InUse","Detaching","Deleting","CreateFailed"],"description":"ENI status. The current SDK model lists Available, Attaching, InUse, Detaching and Deleting; the\nolder document adds Creating and CreateFailed. The enum is their union.\n"};
const schema65 = {"type":"integer","minimum":0,"description":"Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table."};
const schema67 = {"type":"string","description":"Companion source: current SDK model; legacy delegation parameter, not in 003's table."};
const schema69 = {"type":"string","description":"ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four\nmasked); the pattern accepts 8 to 30 lower-case letters and digits.\n","pattern":"^eni-[a-z0-9]{8,30}$","examples":["eni-bp17pdijfczax1huji1234"]};
const pattern28 = new RegExp("^NetworkInterfaceId\\.([1-9]|[1-9][0-9]|100)$", "u");
const pattern29 = new RegExp("^PrivateIpAddress\\.[1-9][0-9]*$", "u");
const pattern30 = new RegExp("^Ipv6Address\\.[1-9][0-9]*$", "u");
const pattern31 = new RegExp("^Tag\\.[1-9][0-9]*\\.(Key|Value)$", "u");
const pattern34 = new RegExp("^vpc-[a-z0-9]{8,30}$", "u");
const pattern35 = new RegExp("^vsw-[a-z0-9]{8,30}$", "u");
const pattern36 = new RegExp("^sg-[a-z0-9]{8,30}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.RegionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RegionId"},message:"must have required property '"+"RegionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((func0.call(schema61.properties, key0)) || (pattern28.test(key0))) || (pattern29.test(key0))) || (pattern30.test(key0))) || (pattern31.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.RegionId !== undefined){
let data0 = data.RegionId;
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err2 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/RegionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.InstanceId !== undefined){
let data1 = data.InstanceId;
if(typeof data1 === "string"){
if(!pattern21.test(data1)){
const err4 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^i-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/InstanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.VpcId !== undefined){
let data2 = data.VpcId;
if(typeof data2 === "string"){
if(!pattern34.test(data2)){
const err6 = {instancePath:instancePath+"/VpcId",schemaPath:"#/properties/VpcId/pattern",keyword:"pattern",params:{pattern: "^vpc-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^vpc-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/VpcId",schemaPath:"#/properties/VpcId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.VSwitchId !== undefined){
let data3 = data.VSwitchId;
if(typeof data3 === "string"){
if(!pattern35.test(data3)){
const err8 = {instancePath:instancePath+"/VSwitchId",schemaPath:"#/properties/VSwitchId/pattern",keyword:"pattern",params:{pattern: "^vsw-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^vsw-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/VSwitchId",schemaPath:"#/properties/VSwitchId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.SecurityGroupId !== undefined){
let data4 = data.SecurityGroupId;
if(typeof data4 === "string"){
if(!pattern36.test(data4)){
const err10 = {instancePath:instancePath+"/SecurityGroupId",schemaPath:"#/properties/SecurityGroupId/pattern",keyword:"pattern",params:{pattern: "^sg-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^sg-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/SecurityGroupId",schemaPath:"#/properties/SecurityGroupId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.PrimaryIpAddress !== undefined){
if(typeof data.PrimaryIpAddress !== "string"){
const err12 = {instancePath:instancePath+"/PrimaryIpAddress",schemaPath:"#/properties/PrimaryIpAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.NetworkInterfaceName !== undefined){
if(typeof data.NetworkInterfaceName !== "string"){
const err13 = {instancePath:instancePath+"/NetworkInterfaceName",schemaPath:"#/properties/NetworkInterfaceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.Type !== undefined){
let data7 = data.Type;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data7 === "Primary") || (data7 === "Secondary"))){
const err15 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/enum",keyword:"enum",params:{allowedValues: schema61.properties.Type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Status !== undefined){
let data8 = data.Status;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/Status",schemaPath:"#/$defs/EniStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((((((data8 === "Creating") || (data8 === "Available")) || (data8 === "Attaching")) || (data8 === "InUse")) || (data8 === "Detaching")) || (data8 === "Deleting")) || (data8 === "CreateFailed"))){
const err17 = {instancePath:instancePath+"/Status",schemaPath:"#/$defs/EniStatus/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ServiceManaged !== undefined){
if(typeof data.ServiceManaged !== "boolean"){
const err18 = {instancePath:instancePath+"/ServiceManaged",schemaPath:"#/properties/ServiceManaged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.ResourceGroupId !== undefined){
if(typeof data.ResourceGroupId !== "string"){
const err19 = {instancePath:instancePath+"/ResourceGroupId",schemaPath:"#/properties/ResourceGroupId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.PageNumber !== undefined){
let data11 = data.PageNumber;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err20 = {instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/PageNumber",schemaPath:"#/properties/PageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.PageSize !== undefined){
let data12 = data.PageSize;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err22 = {instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 1000 || isNaN(data12)){
const err23 = {instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/PageSize",schemaPath:"#/properties/PageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.NextToken !== undefined){
if(typeof data.NextToken !== "string"){
const err25 = {instancePath:instancePath+"/NextToken",schemaPath:"#/properties/NextToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.MaxResults !== undefined){
let data14 = data.MaxResults;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err26 = {instancePath:instancePath+"/MaxResults",schemaPath:"#/properties/MaxResults/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 > 500 || isNaN(data14)){
const err27 = {instancePath:instancePath+"/MaxResults",schemaPath:"#/properties/MaxResults/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data14 < 10 || isNaN(data14)){
const err28 = {instancePath:instancePath+"/MaxResults",schemaPath:"#/properties/MaxResults/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data.OwnerId !== undefined){
let data15 = data.OwnerId;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err29 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err30 = {instancePath:instancePath+"/OwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data.ResourceOwnerId !== undefined){
let data16 = data.ResourceOwnerId;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err31 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/ResourceOwnerId",schemaPath:"#/$defs/OwnerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.OwnerAccount !== undefined){
if(typeof data.OwnerAccount !== "string"){
const err33 = {instancePath:instancePath+"/OwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.ResourceOwnerAccount !== undefined){
if(typeof data.ResourceOwnerAccount !== "string"){
const err34 = {instancePath:instancePath+"/ResourceOwnerAccount",schemaPath:"#/$defs/OwnerAccount/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key1 in data){
if(pattern28.test(key1)){
let data19 = data[key1];
if(typeof data19 === "string"){
if(!pattern22.test(data19)){
const err35 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^eni-[a-z0-9]{8,30}$"},message:"must match pattern \""+"^eni-[a-z0-9]{8,30}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
for(const key2 in data){
if(pattern29.test(key2)){
if(typeof data[key2] !== "string"){
const err37 = {instancePath:instancePath+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5EPrivateIpAddress%5C.%5B1-9%5D%5B0-9%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
for(const key3 in data){
if(pattern30.test(key3)){
if(typeof data[key3] !== "string"){
const err38 = {instancePath:instancePath+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5EIpv6Address%5C.%5B1-9%5D%5B0-9%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
for(const key4 in data){
if(pattern31.test(key4)){
if(typeof data[key4] !== "string"){
const err39 = {instancePath:instancePath+"/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5ETag%5C.%5B1-9%5D%5B0-9%5D*%5C.(Key%7CValue)%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:aliyun-ecs:DescribeNetworkInterfaces.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const jdcloud_vm__attachNetworkInterface = validate34;
const schema70 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:jdcloud-vm:attachNetworkInterface.request","$comment":"generated from specs/jdcloud-vm.openapi.yaml by `npm run gen` — do not edit","title":"jdcloud-vm attachNetworkInterface request parameters","$ref":"#/$defs/AttachNetworkInterfaceRequest","$defs":{"AttachNetworkInterfaceRequest":{"type":"object","description":"The flat action parameters of attachNetworkInterface (path parameters plus body fields).","additionalProperties":false,"required":["regionId","instanceId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"autoDelete":{"$ref":"#/$defs/AutoDelete"}}},"AutoDelete":{"type":"boolean","default":false,"description":"Delete the ENI together with the instance; false by default (004, Request parameters)."},"InstanceId":{"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"},"NetworkInterfaceId":{"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"},"RegionId":{"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]}}};
const schema71 = {"type":"object","description":"The flat action parameters of attachNetworkInterface (path parameters plus body fields).","additionalProperties":false,"required":["regionId","instanceId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"},"autoDelete":{"$ref":"#/$defs/AutoDelete"}}};
const schema72 = {"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]};
const schema73 = {"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"};
const schema74 = {"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"};
const schema75 = {"type":"boolean","default":false,"description":"Delete the ENI together with the instance; false by default (004, Request parameters)."};
const pattern42 = new RegExp("^[a-z]{2}-[a-z]+-[0-9]+$", "u");
const pattern43 = new RegExp("^i-[a-z0-9]{10}$", "u");
const pattern44 = new RegExp("^port-[a-z0-9]{10}$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regionId"},message:"must have required property '"+"regionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.instanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceId"},message:"must have required property '"+"instanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "regionId") || (key0 === "instanceId")) || (key0 === "networkInterfaceId")) || (key0 === "autoDelete"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.regionId !== undefined){
let data0 = data.regionId;
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err4 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z]+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}-[a-z]+-[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data1 = data.instanceId;
if(typeof data1 === "string"){
if(!pattern43.test(data1)){
const err6 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{10}$"},message:"must match pattern \""+"^i-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data2 = data.networkInterfaceId;
if(typeof data2 === "string"){
if(!pattern44.test(data2)){
const err8 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^port-[a-z0-9]{10}$"},message:"must match pattern \""+"^port-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.autoDelete !== undefined){
if(typeof data.autoDelete !== "boolean"){
const err10 = {instancePath:instancePath+"/autoDelete",schemaPath:"#/$defs/AutoDelete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:jdcloud-vm:attachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const jdcloud_vm__detachNetworkInterface = validate37;
const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:jdcloud-vm:detachNetworkInterface.request","$comment":"generated from specs/jdcloud-vm.openapi.yaml by `npm run gen` — do not edit","title":"jdcloud-vm detachNetworkInterface request parameters","$ref":"#/$defs/DetachNetworkInterfaceRequest","$defs":{"DetachNetworkInterfaceRequest":{"type":"object","description":"The flat action parameters of detachNetworkInterface.","additionalProperties":false,"required":["regionId","instanceId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"}}},"InstanceId":{"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"},"NetworkInterfaceId":{"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"},"RegionId":{"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]}}};
const schema77 = {"type":"object","description":"The flat action parameters of detachNetworkInterface.","additionalProperties":false,"required":["regionId","instanceId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"}}};
const schema78 = {"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]};
const schema79 = {"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"};
const schema80 = {"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regionId"},message:"must have required property '"+"regionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.instanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceId"},message:"must have required property '"+"instanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "regionId") || (key0 === "instanceId")) || (key0 === "networkInterfaceId"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.regionId !== undefined){
let data0 = data.regionId;
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err4 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z]+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}-[a-z]+-[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data1 = data.instanceId;
if(typeof data1 === "string"){
if(!pattern43.test(data1)){
const err6 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{10}$"},message:"must match pattern \""+"^i-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data2 = data.networkInterfaceId;
if(typeof data2 === "string"){
if(!pattern44.test(data2)){
const err8 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^port-[a-z0-9]{10}$"},message:"must match pattern \""+"^port-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:jdcloud-vm:detachNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const jdcloud_vm__describeNetworkInterface = validate40;
const schema81 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:jdcloud-vm:describeNetworkInterface.request","$comment":"generated from specs/jdcloud-vm.openapi.yaml by `npm run gen` — do not edit","title":"jdcloud-vm describeNetworkInterface request parameters","$ref":"#/$defs/DescribeNetworkInterfaceRequest","$defs":{"DescribeNetworkInterfaceRequest":{"type":"object","additionalProperties":false,"required":["regionId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"}}},"NetworkInterfaceId":{"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"},"RegionId":{"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]}}};
const schema82 = {"type":"object","additionalProperties":false,"required":["regionId","networkInterfaceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"networkInterfaceId":{"$ref":"#/$defs/NetworkInterfaceId"}}};
const schema83 = {"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]};
const schema84 = {"type":"string","description":"ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each\n`*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).\n","pattern":"^port-[a-z0-9]{10}$"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regionId"},message:"must have required property '"+"regionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.networkInterfaceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "networkInterfaceId"},message:"must have required property '"+"networkInterfaceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "regionId") || (key0 === "networkInterfaceId"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.regionId !== undefined){
let data0 = data.regionId;
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err3 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z]+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}-[a-z]+-[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.networkInterfaceId !== undefined){
let data1 = data.networkInterfaceId;
if(typeof data1 === "string"){
if(!pattern44.test(data1)){
const err5 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/pattern",keyword:"pattern",params:{pattern: "^port-[a-z0-9]{10}$"},message:"must match pattern \""+"^port-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/networkInterfaceId",schemaPath:"#/$defs/NetworkInterfaceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:jdcloud-vm:describeNetworkInterface.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const jdcloud_vm__describeInstance = validate43;
const schema85 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:eni-conformance:schemas:jdcloud-vm:describeInstance.request","$comment":"generated from specs/jdcloud-vm.openapi.yaml by `npm run gen` — do not edit","title":"jdcloud-vm describeInstance request parameters","$ref":"#/$defs/DescribeInstanceRequest","$defs":{"DescribeInstanceRequest":{"type":"object","additionalProperties":false,"required":["regionId","instanceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}},"InstanceId":{"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"},"RegionId":{"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]}}};
const schema86 = {"type":"object","additionalProperties":false,"required":["regionId","instanceId"],"properties":{"regionId":{"$ref":"#/$defs/RegionId"},"instanceId":{"$ref":"#/$defs/InstanceId"}}};
const schema87 = {"type":"string","description":"Region id (004, Request address, for example cn-north-1).","pattern":"^[a-z]{2}-[a-z]+-[0-9]+$","examples":["cn-north-1"]};
const schema88 = {"type":"string","description":"VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes\neach `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).\n","pattern":"^i-[a-z0-9]{10}$"};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regionId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "regionId"},message:"must have required property '"+"regionId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.instanceId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceId"},message:"must have required property '"+"instanceId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "regionId") || (key0 === "instanceId"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.regionId !== undefined){
let data0 = data.regionId;
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err3 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}-[a-z]+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}-[a-z]+-[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/regionId",schemaPath:"#/$defs/RegionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.instanceId !== undefined){
let data1 = data.instanceId;
if(typeof data1 === "string"){
if(!pattern43.test(data1)){
const err5 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/pattern",keyword:"pattern",params:{pattern: "^i-[a-z0-9]{10}$"},message:"must match pattern \""+"^i-[a-z0-9]{10}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/instanceId",schemaPath:"#/$defs/InstanceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:eni-conformance:schemas:jdcloud-vm:describeInstance.request" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
