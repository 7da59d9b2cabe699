/**
 * generated from specs/jdcloud-vm.openapi.yaml by `npm run gen` (openapi-typescript) — do not edit.
 */

export interface paths {
    "/v1/regions/{regionId}/instances/{instanceId}:attachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind an ENI to a VM instance (accepted, then applied)
         * @description Binds an elastic network interface to a VM instance (004, Description). Only secondary ENIs
         *     can be bound; the instance must be running or stopped with no task in progress; an EIP on
         *     the ENI must be in the instance's availability zone (or be an all-zone EIP); ENI and instance
         *     must share a VPC; the number of ENIs may not exceed the instance type's limit (004, API notes).
         *
         *     The call returns once accepted; completion is observed by polling VPC describeNetworkInterface
         *     until `attachmentStatus` is `attached` (companion pages; the document does not say, F-037).
         *
         *     Wire path: the document writes `:attachNetworkInterface`; jdcloud-sdk-js sends
         *     `%3AattachNetworkInterface`. Both forms name this operation; the signature covers the bytes
         *     actually sent (F-035).
         *
         *     Error rows: `source.row` numbers the nine error rows 1 to 9; the return-code table's `200 OK`
         *     row is the success response, not an error row, and is not counted. Six rows share the status
         *     `FAILED_PRECONDITION` and differ only by message (F-049); their ids carry a `~slug`.
         */
        post: operations["attachNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{regionId}/instances/{instanceId}:detachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind an ENI from a VM instance (accepted, then applied; companion for teardown)
         * @description The instance must be running or stopped with no task in progress, and the primary ENI cannot
         *     be unbound. The page's return-code table gives HTTP statuses only (400 invalid parameter,
         *     401, 404, 500, 503); the status strings of the rows below follow the attach document and
         *     the gateway's canonical status table and are not confirmed for this page.
         */
        post: operations["detachNetworkInterface"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one ENI (VPC service; companion for fixtures, attachment polling and teardown) */
        get: operations["describeNetworkInterface"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{regionId}/instances/{instanceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one VM instance (companion for fixtures and read-back of its ENIs) */
        get: operations["describeInstance"];
        put?: never;
        post?: never;
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
         * @description Region id (004, Request address, for example cn-north-1).
         * @example cn-north-1
         */
        RegionId: string;
        /**
         * @description VM instance id. The document only shows a masked id (`i-eumm****d6`); the pattern assumes
         *     each `*` hides one character, giving `i-` and ten lower-case letters or digits (F-038).
         */
        InstanceId: string;
        /**
         * @description ENI id. The document only shows a masked id (`port-n2h7****se`); the pattern assumes each
         *     `*` hides one character, giving `port-` and ten lower-case letters or digits (F-039).
         */
        NetworkInterfaceId: string;
        /**
         * @description Delete the ENI together with the instance; false by default (004, Request parameters).
         * @default false
         */
        AutoDelete: boolean;
        /** @description The flat action parameters of attachNetworkInterface (path parameters plus body fields). */
        AttachNetworkInterfaceRequest: {
            regionId: components["schemas"]["RegionId"];
            instanceId: components["schemas"]["InstanceId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            autoDelete?: components["schemas"]["AutoDelete"];
        };
        /**
         * @description The JSON body of attachNetworkInterface (004, Request parameters). Some SDKs serialize the
         *     whole parameter object and so repeat the path parameters `regionId` and `instanceId` in the
         *     body; the service takes them from the path, and the body schema admits them (F-036).
         */
        AttachNetworkInterfaceBody: {
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            autoDelete?: components["schemas"]["AutoDelete"];
            /** @description Repeated path parameter, sent by some SDKs; ignored in favour of the path. */
            regionId?: components["schemas"]["RegionId"];
            /** @description Repeated path parameter, sent by some SDKs; ignored in favour of the path. */
            instanceId?: components["schemas"]["InstanceId"];
        };
        /** @description The flat action parameters of detachNetworkInterface. */
        DetachNetworkInterfaceRequest: {
            regionId: components["schemas"]["RegionId"];
            instanceId: components["schemas"]["InstanceId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
        };
        /** @description The JSON body of detachNetworkInterface; like attach, it admits the repeated path parameters (F-036). */
        DetachNetworkInterfaceBody: {
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            regionId?: components["schemas"]["RegionId"];
            instanceId?: components["schemas"]["InstanceId"];
        };
        DescribeNetworkInterfaceRequest: {
            regionId: components["schemas"]["RegionId"];
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
        };
        DescribeInstanceRequest: {
            regionId: components["schemas"]["RegionId"];
            instanceId: components["schemas"]["InstanceId"];
        };
        /**
         * @description Request id generated by the server (004, Response parameters; 32 lower-case letters or digits in both of the document's examples).
         * @example c2hmmaan8w06w19qcdfuic4w03f7ft2d
         */
        RequestId: string;
        /** @description Success of attach and detach. `result` is an empty object when present; the document's example omits it (F-037). */
        EmptyResultResponse: {
            error?: never;
            requestId: components["schemas"]["RequestId"];
            result?: Record<string, never>;
        };
        /** @description Error envelope; the HTTP status equals `error.code`. */
        ErrorResponse: {
            result?: never;
            requestId: components["schemas"]["RequestId"];
            error: {
                /** @description The numeric HTTP status of the answer. */
                code: number;
                /** @description Canonical status string, the document's "error code" column (e.g. FAILED_PRECONDITION). */
                status: string;
                message: string;
            };
        };
        PrivateIp: {
            privateIpAddress?: string;
            elasticIpId?: string;
            elasticIpAddress?: string;
        };
        /** @description VPC NetworkInterface as describeNetworkInterface returns it. */
        NetworkInterface: {
            networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            networkInterfaceName?: string;
            /** @enum {string} */
            role: "Primary" | "Secondary" | "Managed";
            macAddress?: string;
            vpcId: string;
            subnetId: string;
            networkSecurityGroupIds?: string[];
            /** @enum {integer} */
            sanityCheck?: 0 | 1;
            primaryIp?: components["schemas"]["PrivateIp"];
            secondaryIps?: components["schemas"]["PrivateIp"][];
            /**
             * @example compute
             * @example lb
             * @example container
             * @example pod
             */
            instanceType?: string;
            /** @description The instance the ENI is attached to; empty when detached. */
            instanceId?: string;
            instanceOwnerId?: string;
            /** @description 0 for a detached secondary ENI, 1 for a primary ENI, 2 and up for an attached secondary ENI. */
            deviceIndex: number;
            /** @enum {string} */
            attachmentStatus: "attached" | "detached";
            /** @enum {string} */
            networkInterfaceStatus?: "enabled" | "disabled";
            az?: string;
            azType?: string;
            createdTime?: string;
            resourceGroupId?: string;
            tags?: {
                key?: string;
                value?: string;
            }[];
        };
        DescribeNetworkInterfaceResponse: {
            error?: never;
            requestId: components["schemas"]["RequestId"];
            result: {
                networkInterface: components["schemas"]["NetworkInterface"];
            };
        };
        InstanceNetworkInterfaceAttachment: {
            deviceIndex: number;
            autoDelete?: boolean;
            networkInterface: {
                networkInterfaceId: components["schemas"]["NetworkInterfaceId"];
                macAddress?: string;
                vpcId?: string;
                subnetId?: string;
                securityGroups?: {
                    groupId?: string;
                    groupName?: string;
                }[];
                /** @enum {integer} */
                sanityCheck?: 0 | 1;
                primaryIp?: components["schemas"]["PrivateIp"];
                secondaryIps?: components["schemas"]["PrivateIp"][];
            };
        };
        Instance: {
            instanceId: components["schemas"]["InstanceId"];
            instanceName?: string;
            instanceType?: string;
            vpcId?: string;
            subnetId?: string;
            az?: string;
            /** @enum {string} */
            status: "pending" | "starting" | "running" | "stopping" | "stopped" | "rebooting" | "rebuilding" | "resizing" | "deleting" | "error";
            primaryNetworkInterface?: components["schemas"]["InstanceNetworkInterfaceAttachment"];
            secondaryNetworkInterfaces?: components["schemas"]["InstanceNetworkInterfaceAttachment"][];
        };
        DescribeInstanceResponse: {
            error?: never;
            requestId: components["schemas"]["RequestId"];
            result: {
                instance: components["schemas"]["Instance"];
            };
        };
    };
    responses: {
        /** @description Invalid argument or failed precondition (`error.code` 400). */
        Error400: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 400;
                    };
                };
            };
        };
        /** @description Authentication failed (`error.code` 401). */
        Error401: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 401;
                    };
                };
            };
        };
        /** @description Forbidden, including empty or invalid credentials and a replayed nonce (`error.code` 403). */
        Error403: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 403;
                    };
                };
            };
        };
        /** @description Resource or path not found (`error.code` 404). */
        Error404: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 404;
                    };
                };
            };
        };
        /** @description Throttled (`error.code` 429). */
        Error429: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 429;
                    };
                };
            };
        };
        /** @description Internal or unknown server error (`error.code` 500). */
        Error500: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 500;
                    };
                };
            };
        };
        /** @description Service unavailable (`error.code` 503). */
        Error503: {
            headers: {
                "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] & {
                    error?: {
                        /** @constant */
                        code?: 503;
                    };
                };
            };
        };
    };
    parameters: {
        /** @description Region id (004, Request address). */
        RegionIdPath: components["schemas"]["RegionId"];
        /** @description VM instance id (004, Request address). */
        InstanceIdPath: components["schemas"]["InstanceId"];
        /** @description ENI id (VPC describeNetworkInterface). */
        NetworkInterfaceIdPath: components["schemas"]["NetworkInterfaceId"];
        /** @description Request time, UTC, `YYYYMMDDTHHMMSSZ`; it is part of the signature's string to sign and its date part scopes the signing key. */
        JdcloudDate: string;
        /** @description Random request nonce, signed; the SDKs send a UUID v4. A replay check is up to the gateway (F-046). */
        JdcloudNonce: string;
        /** @description Security token of temporary credentials; the SDKs base64-encode the value and sign the header. */
        JdcloudSecurityToken: string;
        /** @description When present, its value replaces the hash of the body in the canonical request. */
        JdcloudContentSha256: string;
    };
    requestBodies: never;
    headers: {
        /** @description The request id, also in the body's `requestId` (the only place it appears for bodiless answers). */
        RequestIdHeader: components["schemas"]["RequestId"];
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    attachNetworkInterface: {
        parameters: {
            query?: never;
            header: {
                /** @description Request time, UTC, `YYYYMMDDTHHMMSSZ`; it is part of the signature's string to sign and its date part scopes the signing key. */
                "x-jdcloud-date": components["parameters"]["JdcloudDate"];
                /** @description Random request nonce, signed; the SDKs send a UUID v4. A replay check is up to the gateway (F-046). */
                "x-jdcloud-nonce": components["parameters"]["JdcloudNonce"];
                /** @description Security token of temporary credentials; the SDKs base64-encode the value and sign the header. */
                "x-jdcloud-security-token"?: components["parameters"]["JdcloudSecurityToken"];
                /** @description When present, its value replaces the hash of the body in the canonical request. */
                "x-jdcloud-content-sha256"?: components["parameters"]["JdcloudContentSha256"];
            };
            path: {
                /** @description Region id (004, Request address). */
                regionId: components["parameters"]["RegionIdPath"];
                /** @description VM instance id (004, Request address). */
                instanceId: components["parameters"]["InstanceIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachNetworkInterfaceBody"];
            };
        };
        responses: {
            /** @description Accepted. The document's example carries only `requestId`; companion pages add an empty `result`. */
            200: {
                headers: {
                    "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResultResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    detachNetworkInterface: {
        parameters: {
            query?: never;
            header: {
                /** @description Request time, UTC, `YYYYMMDDTHHMMSSZ`; it is part of the signature's string to sign and its date part scopes the signing key. */
                "x-jdcloud-date": components["parameters"]["JdcloudDate"];
                /** @description Random request nonce, signed; the SDKs send a UUID v4. A replay check is up to the gateway (F-046). */
                "x-jdcloud-nonce": components["parameters"]["JdcloudNonce"];
                /** @description Security token of temporary credentials; the SDKs base64-encode the value and sign the header. */
                "x-jdcloud-security-token"?: components["parameters"]["JdcloudSecurityToken"];
                /** @description When present, its value replaces the hash of the body in the canonical request. */
                "x-jdcloud-content-sha256"?: components["parameters"]["JdcloudContentSha256"];
            };
            path: {
                /** @description Region id (004, Request address). */
                regionId: components["parameters"]["RegionIdPath"];
                /** @description VM instance id (004, Request address). */
                instanceId: components["parameters"]["InstanceIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetachNetworkInterfaceBody"];
            };
        };
        responses: {
            /** @description Accepted. */
            200: {
                headers: {
                    "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResultResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    describeNetworkInterface: {
        parameters: {
            query?: never;
            header: {
                /** @description Request time, UTC, `YYYYMMDDTHHMMSSZ`; it is part of the signature's string to sign and its date part scopes the signing key. */
                "x-jdcloud-date": components["parameters"]["JdcloudDate"];
                /** @description Random request nonce, signed; the SDKs send a UUID v4. A replay check is up to the gateway (F-046). */
                "x-jdcloud-nonce": components["parameters"]["JdcloudNonce"];
                /** @description Security token of temporary credentials; the SDKs base64-encode the value and sign the header. */
                "x-jdcloud-security-token"?: components["parameters"]["JdcloudSecurityToken"];
            };
            path: {
                /** @description Region id (004, Request address). */
                regionId: components["parameters"]["RegionIdPath"];
                /** @description ENI id (VPC describeNetworkInterface). */
                networkInterfaceId: components["parameters"]["NetworkInterfaceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ENI. */
            200: {
                headers: {
                    "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeNetworkInterfaceResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
    describeInstance: {
        parameters: {
            query?: never;
            header: {
                /** @description Request time, UTC, `YYYYMMDDTHHMMSSZ`; it is part of the signature's string to sign and its date part scopes the signing key. */
                "x-jdcloud-date": components["parameters"]["JdcloudDate"];
                /** @description Random request nonce, signed; the SDKs send a UUID v4. A replay check is up to the gateway (F-046). */
                "x-jdcloud-nonce": components["parameters"]["JdcloudNonce"];
                /** @description Security token of temporary credentials; the SDKs base64-encode the value and sign the header. */
                "x-jdcloud-security-token"?: components["parameters"]["JdcloudSecurityToken"];
            };
            path: {
                /** @description Region id (004, Request address). */
                regionId: components["parameters"]["RegionIdPath"];
                /** @description VM instance id (004, Request address). */
                instanceId: components["parameters"]["InstanceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance. */
            200: {
                headers: {
                    "x-jdcloud-request-id": components["headers"]["RequestIdHeader"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeInstanceResponse"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            429: components["responses"]["Error429"];
            500: components["responses"]["Error500"];
            503: components["responses"]["Error503"];
        };
    };
}
