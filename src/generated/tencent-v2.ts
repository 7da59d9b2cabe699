/**
 * generated from specs/tencent-v2.openapi.yaml by `npm run gen` (openapi-typescript) — do not edit.
 */

export interface paths {
    "/v2/index.php#AttachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bind an ENI to a CVM instance (asynchronous)
         * @description Binds an ENI to a CVM and returns a taskId; completion is observed with DescribeVpcTaskResult
         *     (001, sections 1 and 3). The document's own one-line description speaks of requesting private
         *     IPs for ENIs, which its title, parameters and constraints contradict.
         */
        get: operations["AttachNetworkInterface"];
        put?: never;
        /**
         * Bind an ENI to a CVM instance (asynchronous; POST form variant)
         * @description The same action with every parameter in a form-encoded body; rows, examples and rule cases live on the GET operation.
         */
        post: operations["AttachNetworkInterfacePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/index.php#MigrateNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Move an ENI from one CVM instance to another (asynchronous)
         * @description Moves a secondary ENI from the CVM it is bound to (oldInstanceId) to another CVM
         *     (newInstanceId) and returns a taskId; completion is observed with DescribeVpcTaskResult
         *     (000, sections 1 and 3).
         */
        get: operations["MigrateNetworkInterface"];
        put?: never;
        /**
         * Move an ENI from one CVM instance to another (asynchronous; POST form variant)
         * @description The same action with every parameter in a form-encoded body; rows, examples and rule cases live on the GET operation.
         */
        post: operations["MigrateNetworkInterfacePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/index.php#DetachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unbind an ENI from a CVM instance (asynchronous; companion for teardown) */
        get: operations["DetachNetworkInterface"];
        put?: never;
        /** Unbind an ENI from a CVM instance (asynchronous; POST form variant) */
        post: operations["DetachNetworkInterfacePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/index.php#DescribeNetworkInterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ENIs (companion for fixtures, read-back and teardown)
         * @description There is no state field; attachment shows only in `instanceSet` (empty means not bound).
         */
        get: operations["DescribeNetworkInterfaces"];
        put?: never;
        /** List ENIs (POST form variant) */
        post: operations["DescribeNetworkInterfacesPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/index.php#DescribeVpcTaskResult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the result of an asynchronous VPC task (companion for async polling)
         * @description The taskId is the one returned by Attach, Detach or Migrate. The page documents no business error codes.
         */
        get: operations["DescribeVpcTaskResult"];
        put?: never;
        /** Query the result of an asynchronous VPC task (POST form variant) */
        post: operations["DescribeVpcTaskResultPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description VPC id (000 and 001, section 2, for example vpc-7t9nf3pu).
         * @example vpc-7t9nf3pu
         */
        VpcId: string;
        /**
         * @description ENI id (000 and 001, section 2, for example eni-m6dyj72l).
         * @example eni-m6dyj72l
         */
        NetworkInterfaceId: string;
        /**
         * @description CVM instance id (000 and 001, section 2, for example ins-xx44545f; 000's example also uses ins-cddddu74).
         * @example ins-xx44545f
         */
        InstanceId: string;
        /**
         * @description Id of the asynchronous task (000 and 001, section 3, Int).
         * @example 16284
         */
        TaskId: number;
        /**
         * @description Legacy short region codes (bj, gz, sh, hk, ca) or the newer long form (ap-guangzhou).
         * @example gz
         * @example ap-guangzhou
         */
        Region: string;
        /**
         * @description UNIX time in seconds.
         * @example 1465185768
         */
        Timestamp: number;
        /**
         * @description Random positive integer.
         * @example 11886
         */
        Nonce: number;
        /** @description Key id (starts with AKID). */
        SecretId: string;
        /**
         * @description base64 of the HMAC-SHA1 (28 characters) or HMAC-SHA256 (44 characters) digest, before URL-encoding.
         * @example 06pB86KeLXnXICmfxWvGSQlOYfQ=
         */
        Signature: string;
        /**
         * @default HmacSHA1
         * @enum {string}
         */
        SignatureMethod: "HmacSHA1" | "HmacSHA256";
        AttachNetworkInterfaceRequest: {
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            instanceId: components["schemas"]["InstanceId"];
        };
        MigrateNetworkInterfaceRequest: {
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            /** @description CVM before the migration (000, section 2 gives ins-xx44545f as its example, the same as for newInstanceId). */
            oldInstanceId: components["schemas"]["InstanceId"];
            /** @description CVM after the migration (000, section 2 gives ins-xx44545f as its example, the same as for oldInstanceId). */
            newInstanceId: components["schemas"]["InstanceId"];
        };
        DetachNetworkInterfaceRequest: {
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            instanceId: components["schemas"]["InstanceId"];
        };
        DescribeNetworkInterfacesRequest: {
            vpcId?: components["schemas"]["VpcId"];
            networkInterfaceId?: components["schemas"]["NetworkInterfaceId"];
            /** @description Fuzzy match on the ENI name. */
            eniName?: string;
            /** @description Fuzzy match on the ENI description. */
            eniDescription?: string;
            instanceId?: components["schemas"]["InstanceId"];
            /** @default 0 */
            offset?: number;
            /** @default 20 */
            limit?: number;
            /**
             * @default createTime
             * @enum {string}
             */
            orderField?: "eniName" | "createTime";
            /**
             * @default desc
             * @enum {string}
             */
            orderDirection?: "asc" | "desc";
        };
        DescribeVpcTaskResultRequest: {
            taskId: components["schemas"]["TaskId"];
        };
        /** @description The common parameters as a POST form body carries them (same names and formats as the GET query parameters). */
        CommonForm: {
            Action: string;
            Region?: components["schemas"]["Region"];
            Timestamp: components["schemas"]["Timestamp"];
            Nonce: components["schemas"]["Nonce"];
            SecretId: components["schemas"]["SecretId"];
            Signature: components["schemas"]["Signature"];
            SignatureMethod?: components["schemas"]["SignatureMethod"];
        };
        /** @description POST body of AttachNetworkInterface — the common parameters plus the action parameters of AttachNetworkInterfaceRequest. */
        AttachNetworkInterfaceForm: {
            /** @constant */
            Action: "AttachNetworkInterface";
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            instanceId: components["schemas"]["InstanceId"];
        } & WithRequired<components["schemas"]["CommonForm"], "Action">;
        /** @description POST body of MigrateNetworkInterface — the common parameters plus the action parameters of MigrateNetworkInterfaceRequest. */
        MigrateNetworkInterfaceForm: {
            /** @constant */
            Action: "MigrateNetworkInterface";
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            oldInstanceId: components["schemas"]["InstanceId"];
            newInstanceId: components["schemas"]["InstanceId"];
        } & WithRequired<components["schemas"]["CommonForm"], "Action">;
        /** @description POST body of DetachNetworkInterface — the common parameters plus the action parameters of DetachNetworkInterfaceRequest. */
        DetachNetworkInterfaceForm: {
            /** @constant */
            Action: "DetachNetworkInterface";
            vpcId: components["schemas"]["VpcId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            instanceId: components["schemas"]["InstanceId"];
        } & WithRequired<components["schemas"]["CommonForm"], "Action">;
        /** @description POST body of DescribeNetworkInterfaces — the common parameters plus the action parameters of DescribeNetworkInterfacesRequest. */
        DescribeNetworkInterfacesForm: {
            /** @constant */
            Action: "DescribeNetworkInterfaces";
            vpcId?: components["schemas"]["VpcId"];
            networkInterfaceId?: components["schemas"]["NetworkInterfaceId"];
            eniName?: string;
            eniDescription?: string;
            instanceId?: components["schemas"]["InstanceId"];
            /** @default 0 */
            offset?: number;
            /** @default 20 */
            limit?: number;
            /**
             * @default createTime
             * @enum {string}
             */
            orderField?: "eniName" | "createTime";
            /**
             * @default desc
             * @enum {string}
             */
            orderDirection?: "asc" | "desc";
        } & WithRequired<components["schemas"]["CommonForm"], "Action">;
        /** @description POST body of DescribeVpcTaskResult — the common parameters plus taskId. */
        DescribeVpcTaskResultForm: {
            /** @constant */
            Action: "DescribeVpcTaskResult";
            taskId: components["schemas"]["TaskId"];
        } & WithRequired<components["schemas"]["CommonForm"], "Action">;
        /**
         * @description 0 on success. The output tables (000 and 001, section 3) type `code` as Int; 001's example sends the string "0". Both are accepted.
         * @enum {unknown}
         */
        SuccessCode: 0 | "0";
        /**
         * @description Success of an asynchronous call. The output tables (000 and 001, section 3) put taskId at the
         *     top level and list no codeDesc; 000's example nests taskId under `data` and adds codeDesc
         *     "Success". Both forms are accepted, exactly one taskId location per answer.
         */
        TaskResponse: {
            code: components["schemas"]["SuccessCode"];
            message: string;
            /** @constant */
            codeDesc?: "Success";
            taskId?: components["schemas"]["TaskId"];
            data?: components["schemas"]["TaskData"];
        } & ({
            taskId: components["schemas"]["TaskId"];
        } | {
            data: components["schemas"]["TaskData"];
        });
        /** @description The `data` member of 000's example answer. */
        TaskData: {
            taskId: components["schemas"]["TaskId"];
        };
        /**
         * @description Error envelope, HTTP 200. `code` is non-zero; `codeDesc` carries the string error code (the
         *     document rows' codes such as InvalidVpc.NotFound, or a common code's name).
         */
        ErrorResponse: {
            /** @description Non-zero. For common errors the common code (4000, 4100, 4104, 4400, 4500, 6000, 6100, ...). */
            code: number;
            message: string;
            codeDesc: string;
        };
        NetworkInterface: {
            vpcId: components["schemas"]["VpcId"];
            subnetId: string;
            zoneId?: number;
            eniName?: string;
            eniDescription?: string;
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            primary: boolean;
            macAddress?: string;
            privateIpAddressesSet?: {
                privateIpAddress?: string;
                primary?: boolean;
                wanIp?: string;
                eipId?: string;
            }[];
            /** @description The CVM the ENI is bound to; empty when it is not bound. */
            instanceSet: {
                instanceId: components["schemas"]["InstanceId"];
                /** @example 2016-02-15 19:20:54 */
                attachTime?: string;
            }[];
            groupSet?: {
                sgId?: string;
                sgName?: string;
            }[];
        };
        DescribeNetworkInterfacesResponse: {
            code: components["schemas"]["SuccessCode"];
            message: string;
            /** @constant */
            codeDesc?: "Success";
            totalCount: number;
            data: components["schemas"]["NetworkInterface"][];
        };
        DescribeVpcTaskResultResponse: {
            code: components["schemas"]["SuccessCode"];
            message: string;
            /** @constant */
            codeDesc?: "Success";
            data: {
                /**
                 * @description 0 succeeded, 1 failed, 2 still running.
                 * @enum {integer}
                 */
                status: 0 | 1 | 2;
            };
        };
    };
    responses: {
        /** @description Success (`code` 0 and a taskId) or a business/common error (`code` non-zero, `codeDesc`), both with HTTP 200. */
        TaskResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The ENI page, or an error, both with HTTP 200. */
        DescribeNetworkInterfacesResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeNetworkInterfacesResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The task status, or an error, both with HTTP 200. */
        DescribeVpcTaskResultResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeVpcTaskResultResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Common parameter Action (001, section 2 names the value). */
        ActionAttach: "AttachNetworkInterface";
        /** @description Common parameter Action (000, section 2 names the value). */
        ActionMigrate: "MigrateNetworkInterface";
        ActionDetach: "DetachNetworkInterface";
        ActionDescribe: "DescribeNetworkInterfaces";
        ActionTask: "DescribeVpcTaskResult";
        /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
        Region: components["schemas"]["Region"];
        /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
        Timestamp: components["schemas"]["Timestamp"];
        /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
        Nonce: components["schemas"]["Nonce"];
        /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
        SecretId: components["schemas"]["SecretId"];
        /**
         * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
         *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
         */
        Signature: components["schemas"]["Signature"];
        /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
        SignatureMethod: components["schemas"]["SignatureMethod"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AttachNetworkInterface: {
        parameters: {
            query: {
                /** @description Common parameter Action (001, section 2 names the value). */
                Action: components["parameters"]["ActionAttach"];
                /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
                Region?: components["parameters"]["Region"];
                /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
                Nonce: components["parameters"]["Nonce"];
                /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
                SecretId: components["parameters"]["SecretId"];
                /**
                 * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
                 *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
                 */
                Signature: components["parameters"]["Signature"];
                /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object; lower-case names, the common parameters are upper-case). */
                AttachNetworkInterfaceParameters: components["schemas"]["AttachNetworkInterfaceRequest"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success (`code` 0 and a taskId) or a business/common error (`code` non-zero, `codeDesc`), both with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttachNetworkInterfacePost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AttachNetworkInterfaceForm"];
            };
        };
        responses: {
            200: components["responses"]["TaskResult"];
        };
    };
    MigrateNetworkInterface: {
        parameters: {
            query: {
                /** @description Common parameter Action (000, section 2 names the value). */
                Action: components["parameters"]["ActionMigrate"];
                /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
                Region?: components["parameters"]["Region"];
                /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
                Nonce: components["parameters"]["Nonce"];
                /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
                SecretId: components["parameters"]["SecretId"];
                /**
                 * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
                 *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
                 */
                Signature: components["parameters"]["Signature"];
                /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object; lower-case names, the common parameters are upper-case). */
                MigrateNetworkInterfaceParameters: components["schemas"]["MigrateNetworkInterfaceRequest"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success (`code` 0 and a taskId) or a business/common error (`code` non-zero, `codeDesc`), both with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MigrateNetworkInterfacePost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["MigrateNetworkInterfaceForm"];
            };
        };
        responses: {
            200: components["responses"]["TaskResult"];
        };
    };
    DetachNetworkInterface: {
        parameters: {
            query: {
                Action: components["parameters"]["ActionDetach"];
                /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
                Region?: components["parameters"]["Region"];
                /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
                Nonce: components["parameters"]["Nonce"];
                /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
                SecretId: components["parameters"]["SecretId"];
                /**
                 * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
                 *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
                 */
                Signature: components["parameters"]["Signature"];
                /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object; lower-case names, the common parameters are upper-case). */
                DetachNetworkInterfaceParameters: components["schemas"]["DetachNetworkInterfaceRequest"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TaskResult"];
        };
    };
    DetachNetworkInterfacePost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DetachNetworkInterfaceForm"];
            };
        };
        responses: {
            200: components["responses"]["TaskResult"];
        };
    };
    DescribeNetworkInterfaces: {
        parameters: {
            query: {
                Action: components["parameters"]["ActionDescribe"];
                /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
                Region?: components["parameters"]["Region"];
                /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
                Nonce: components["parameters"]["Nonce"];
                /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
                SecretId: components["parameters"]["SecretId"];
                /**
                 * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
                 *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
                 */
                Signature: components["parameters"]["Signature"];
                /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object; all optional). */
                DescribeNetworkInterfacesParameters?: components["schemas"]["DescribeNetworkInterfacesRequest"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeNetworkInterfacesResult"];
        };
    };
    DescribeNetworkInterfacesPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DescribeNetworkInterfacesForm"];
            };
        };
        responses: {
            200: components["responses"]["DescribeNetworkInterfacesResult"];
        };
    };
    DescribeVpcTaskResult: {
        parameters: {
            query: {
                Action: components["parameters"]["ActionTask"];
                /** @description Common parameter Region. The common-parameter table marks it optional but says it is normally required. */
                Region?: components["parameters"]["Region"];
                /** @description Current UNIX time in seconds; a request too far from server time is refused with 4500. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Random positive integer; together with Timestamp it guards against replay (a reused Nonce is refused with 4500). */
                Nonce: components["parameters"]["Nonce"];
                /** @description The key id; an unknown or disabled SecretId is refused with 4104. */
                SecretId: components["parameters"]["SecretId"];
                /**
                 * @description base64(HMAC-SHAx(SecretKey, METHOD + host + "/v2/index.php?" + the other parameters sorted by
                 *     key as raw `k=v` joined by `&`)), URL-encoded once in the query. A mismatch is refused with 4100.
                 */
                Signature: components["parameters"]["Signature"];
                /** @description HmacSHA256 selects HMAC-SHA256; absent means HMAC-SHA1. When sent it is signed too. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object; lower-case names, the common parameters are upper-case). */
                DescribeVpcTaskResultParameters: components["schemas"]["DescribeVpcTaskResultRequest"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeVpcTaskResultResult"];
        };
    };
    DescribeVpcTaskResultPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DescribeVpcTaskResultForm"];
            };
        };
        responses: {
            200: components["responses"]["DescribeVpcTaskResultResult"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
