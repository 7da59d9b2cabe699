/**
 * generated from specs/aliyun-ecs.openapi.yaml by `npm run gen` (openapi-typescript) — do not edit.
 */

export interface paths {
    "/#AttachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bind an ENI to an ECS instance in a VPC (signature V1, query string)
         * @description Binds a secondary ENI to an ECS instance of the same VPC and zone (003, section Description).
         *     003 does not say whether the call completes asynchronously; the companion pages and the SDK
         *     model do (the ENI goes Attaching → InUse), see `x-async` and F-027.
         *
         *     The success example is shown in XML and JSON; both are kept below (`application/json` is the
         *     envelope the contract checks, `text/xml` is what the cloud answers with `Format=XML`). Every
         *     message in 003's error table is the placeholder `%s`, so the rows carry no message (F-020).
         */
        get: operations["AttachNetworkInterface"];
        put?: never;
        /**
         * Bind an ENI to an ECS instance (ACS3-HMAC-SHA256, parameters in the query of a POST)
         * @description The same action as `AttachNetworkInterface` in the wire form of the current SDK
         *     (@alicloud/ecs20140526 7.x): `POST /?RegionId=..&InstanceId=..&NetworkInterfaceId=..` with an empty
         *     body, `x-acs-*` headers and `Authorization: ACS3-HMAC-SHA256 ...`; there is no `Action` or
         *     `Version` query parameter in this form.
         *
         *     Signature V1 may also be sent with POST: openapi-client with `signatureAlgorithm: v2` puts every
         *     parameter (common, signature and action) in the query of a POST with an empty body, and pop-core
         *     sends the same `k=v&...` set as an `application/x-www-form-urlencoded` body. Those forms carry the
         *     parameters of the `get` operation; the method is part of the V1 string to sign.
         */
        post: operations["AttachNetworkInterfacePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DetachNetworkInterface": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unbind an ENI from an ECS instance (signature V1; companion for teardown)
         * @description Unbinds a secondary ENI; the primary ENI cannot be unbound, and the ENI must be InUse (or stuck
         *     Detaching, which may be retried). Completes asynchronously: the ENI goes Detaching → Available.
         *     The SDK model's field comments for this action are shifted by one field; the field names are
         *     what counts (protocols.md, section 6 item 12).
         */
        get: operations["DetachNetworkInterface"];
        put?: never;
        /**
         * Unbind an ENI from an ECS instance (ACS3-HMAC-SHA256, parameters in the query of a POST)
         * @description The same action as `DetachNetworkInterface` in the wire form of the current SDK; see `AttachNetworkInterfacePost` for the V1 POST variants.
         */
        post: operations["DetachNetworkInterfacePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#DescribeNetworkInterfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ENIs (signature V1; companion for fixtures, read-back, async polling and teardown)
         * @description Pages through ENIs with filters; polled with `NetworkInterfaceId.1=<eni>` to observe Attaching →
         *     InUse after an attach. Paging by PageNumber/PageSize or by NextToken/MaxResults. The JSON answer
         *     keeps the XML double nesting (`NetworkInterfaceSets.NetworkInterfaceSet[]`).
         */
        get: operations["DescribeNetworkInterfaces"];
        put?: never;
        /**
         * List ENIs (ACS3-HMAC-SHA256, parameters in the query of a POST)
         * @description The same action as `DescribeNetworkInterfaces` in the wire form of the current SDK; see `AttachNetworkInterfacePost` for the V1 POST variants.
         */
        post: operations["DescribeNetworkInterfacesPost"];
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
         * @description Region id (003, section Request parameters, for example cn-hangzhou).
         * @example cn-hangzhou
         */
        RegionId: string;
        /**
         * @description ECS instance id. 003's example is `i-bp16qstyvxj9gpqw****` (20 characters after `i-`, the last
         *     four masked); live ids vary in length, so the pattern accepts 8 to 30 lower-case letters and digits.
         * @example i-bp16qstyvxj9gpqw1234
         */
        InstanceId: string;
        /**
         * @description ENI id. 003's example is `eni-bp17pdijfczax1huji****` (22 characters after `eni-`, the last four
         *     masked); the pattern accepts 8 to 30 lower-case letters and digits.
         * @example eni-bp17pdijfczax1huji1234
         */
        NetworkInterfaceId: string;
        /** @description Companion source: current SDK model (Long); legacy delegation parameter, not in 003's table. */
        OwnerId: number;
        /** @description Companion source: current SDK model; legacy delegation parameter, not in 003's table. */
        OwnerAccount: string;
        AttachNetworkInterfaceRequest: {
            RegionId: components["schemas"]["RegionId"];
            InstanceId: components["schemas"]["InstanceId"];
            NetworkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            /** @description Companion source: current SDK model. Index of the physical network card, only for instance families with several network cards; not in 003's table. */
            NetworkCardIndex?: number;
            /** @description Companion source: current SDK model. Id of a trunk ENI (the model says the feature is not yet available); not in 003's table. */
            TrunkNetworkInstanceId?: components["schemas"]["NetworkInterfaceId"];
            /**
             * @deprecated
             * @description Companion source: current SDK model (deprecated); sent as the string true or false; not in 003's table.
             */
            WaitForNetworkConfigurationReady?: boolean;
            OwnerId?: components["schemas"]["OwnerId"];
            ResourceOwnerId?: components["schemas"]["OwnerId"];
            OwnerAccount?: components["schemas"]["OwnerAccount"];
            ResourceOwnerAccount?: components["schemas"]["OwnerAccount"];
        };
        DetachNetworkInterfaceRequest: {
            RegionId: components["schemas"]["RegionId"];
            NetworkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            InstanceId: components["schemas"]["InstanceId"];
            /** @description Id of a trunk ENI (the model says the feature is not yet available). */
            TrunkNetworkInstanceId?: components["schemas"]["NetworkInterfaceId"];
            OwnerId?: components["schemas"]["OwnerId"];
            ResourceOwnerId?: components["schemas"]["OwnerId"];
            OwnerAccount?: components["schemas"]["OwnerAccount"];
            ResourceOwnerAccount?: components["schemas"]["OwnerAccount"];
        };
        DescribeNetworkInterfacesRequest: {
            RegionId: components["schemas"]["RegionId"];
            InstanceId?: components["schemas"]["InstanceId"];
            VpcId?: string;
            VSwitchId?: string;
            SecurityGroupId?: string;
            PrimaryIpAddress?: string;
            NetworkInterfaceName?: string;
            /**
             * @description ENI type filter; empty means all.
             * @enum {string}
             */
            Type?: "Primary" | "Secondary";
            Status?: components["schemas"]["EniStatus"];
            /** @description Sent as the string true or false. */
            ServiceManaged?: boolean;
            ResourceGroupId?: string;
            /** @default 1 */
            PageNumber?: number;
            /**
             * @description At most 100 in the older document, 1000 in the current model (protocols.md, section 6 item 10).
             * @default 10
             */
            PageSize?: number;
            NextToken?: string;
            /** @default 10 */
            MaxResults?: number;
            OwnerId?: components["schemas"]["OwnerId"];
            ResourceOwnerId?: components["schemas"]["OwnerId"];
            OwnerAccount?: components["schemas"]["OwnerAccount"];
            ResourceOwnerAccount?: components["schemas"]["OwnerAccount"];
        } & {
            [key: string]: components["schemas"]["NetworkInterfaceId"] | string;
        };
        /**
         * @description Unique request id generated by the server (an upper-case UUID in 003's examples).
         * @example 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
         */
        RequestId: string;
        /**
         * @description Success envelope (003, sections Response parameters and Examples). The XML form is
         *     `<AttachNetworkInterfaceResponse><RequestId>..</RequestId></AttachNetworkInterfaceResponse>`
         *     (root element named after the action).
         */
        RequestIdResponse: {
            Code?: never;
            RequestId: components["schemas"]["RequestId"];
        };
        /**
         * @description Error envelope of the ECS gateway, sent with a 4xx/5xx status. `Recommend` (a troubleshooting
         *     link) is present on current answers and missing from older documents. `AccessDeniedDetail` is
         *     added on RAM denials (the current SDK reads it into ClientError.accessDeniedDetail).
         */
        ErrorResponse: {
            RequestId: components["schemas"]["RequestId"];
            /** @example ecs.aliyuncs.com */
            HostId: string;
            /** @example InvalidEcsId.NotFound */
            Code: string;
            /** @example The specified EcsId is not found. */
            Message: string;
            /** @example https://api.aliyun.com/troubleshoot?q=InvalidEcsId.NotFound&product=Ecs */
            Recommend?: string;
            AccessDeniedDetail?: Record<string, never>;
        };
        /**
         * @description ENI status. The current SDK model lists Available, Attaching, InUse, Detaching and Deleting; the
         *     older document adds Creating and CreateFailed. The enum is their union.
         * @enum {string}
         */
        EniStatus: "Creating" | "Available" | "Attaching" | "InUse" | "Detaching" | "Deleting" | "CreateFailed";
        NetworkInterface: {
            NetworkInterfaceId: components["schemas"]["NetworkInterfaceId"];
            NetworkInterfaceName?: string;
            Status: components["schemas"]["EniStatus"];
            /**
             * @description Primary or Secondary (trunk features also use Trunk).
             * @example Primary
             * @example Secondary
             */
            Type?: string;
            /** @description The instance the ENI is bound to; empty when it is not bound. */
            InstanceId?: string;
            VpcId: string;
            VSwitchId: string;
            ZoneId: string;
            MacAddress?: string;
            PrivateIpAddress?: string;
            PrivateIpSets?: {
                PrivateIpSet?: {
                    PrivateIpAddress?: string;
                    Primary?: boolean;
                    AssociatedPublicIp?: {
                        PublicIpAddress?: string;
                        AllocationId?: string;
                    };
                }[];
            };
            SecurityGroupIds?: {
                SecurityGroupId?: string[];
            };
            Attachment?: {
                InstanceId?: string;
                DeviceIndex?: number;
                NetworkCardIndex?: number;
                TrunkNetworkInterfaceId?: string;
            };
            /** @example 2017-11-24T06:14:22Z */
            CreationTime?: string;
            OwnerId?: string;
            ResourceGroupId?: string;
            ServiceManaged?: boolean;
            ServiceID?: number;
            NetworkInterfaceTrafficMode?: string;
            QueueNumber?: number;
            DeleteOnRelease?: boolean;
            SourceDestCheck?: boolean;
            Tags?: {
                Tag?: {
                    TagKey?: string;
                    TagValue?: string;
                }[];
            };
        };
        DescribeNetworkInterfacesResponse: {
            Code?: never;
            NetworkInterfaceSets: {
                NetworkInterfaceSet: components["schemas"]["NetworkInterface"][];
            };
            TotalCount?: number;
            PageNumber?: number;
            PageSize?: number;
            NextToken?: string;
            RequestId: components["schemas"]["RequestId"];
        };
    };
    responses: {
        /** @description Accepted; the body carries only the RequestId. */
        RequestIdOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RequestIdResponse"];
            };
        };
        /** @description One page of ENIs. */
        DescribeOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeNetworkInterfacesResponse"];
            };
        };
        /**
         * @description Error envelope. The HTTP status depends on the code (4xx for client errors, 500 InternalError,
         *     503 ServiceUnavailable); see the error rows. With `Format=XML` the same fields come as
         *     `<Error><RequestId/><HostId/><Code/><Message/><Recommend/></Error>`.
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Common parameter Action (003, section Request parameters; signature V1). */
        ActionAttach: "AttachNetworkInterface";
        ActionDetach: "DetachNetworkInterface";
        ActionDescribe: "DescribeNetworkInterfaces";
        /** @description API version (signature V1). */
        Version: "2014-05-26";
        /** @description The AccessKey id that signed the request (signature V1). */
        AccessKeyId: string;
        /** @description Base64 HMAC-SHA1 signature (see securitySchemes SignatureV1), percent-encoded like any other value. */
        Signature: string;
        SignatureMethod: "HMAC-SHA1";
        SignatureVersion: "1.0";
        /** @description Unique random value per request (a UUID or 32 hex digits); a reused nonce is refused with SignatureNonceUsed. */
        SignatureNonce: string;
        /** @description ISO 8601 UTC time `yyyy-MM-ddTHH:mm:ssZ`; more than 15 minutes of skew is refused with InvalidTimeStamp.Expired. */
        Timestamp: string;
        /** @description Answer format; ECS defaults to XML. pop-core sends `JSON`, openapi-client (signature v2) sends `json`. */
        Format: "JSON" | "XML" | "json" | "xml";
        /** @description STS security token of temporary credentials (signature V1). */
        SecurityToken: string;
        /** @description The action (ACS3; there is no Action query parameter in this form). */
        AcsActionAttach: "AttachNetworkInterface";
        AcsActionDetach: "DetachNetworkInterface";
        AcsActionDescribe: "DescribeNetworkInterfaces";
        AcsVersion: "2014-05-26";
        /** @description ISO 8601 UTC request time, signed. */
        AcsDate: string;
        /** @description Unique random value per request (the 7.x SDK sends 64 hex digits, openapi-client 32), signed. */
        AcsSignatureNonce: string;
        /** @description Lower-hex SHA-256 of the body (the empty-body hash e3b0c442...b855 for these calls), signed. */
        AcsContentSha256: string;
        /** @description STS security token of temporary credentials (ACS3), signed when present. */
        AcsSecurityToken: string;
        /** @description Sent (and signed) by the current SDK, for example `static_ak`; informational. */
        AcsCredentialsProvider: string;
        /** @description The action parameters, each sent as its own query key (form style, exploded object). */
        AttachParams: components["schemas"]["AttachNetworkInterfaceRequest"];
        /** @description The action parameters, each sent as its own query key (form style, exploded object). */
        DetachParams: components["schemas"]["DetachNetworkInterfaceRequest"];
        /** @description The action parameters, each sent as its own query key; lists flattened `Name.N` with N from 1. */
        DescribeParams: components["schemas"]["DescribeNetworkInterfacesRequest"];
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
                /** @description Common parameter Action (003, section Request parameters; signature V1). */
                Action: components["parameters"]["ActionAttach"];
                /** @description API version (signature V1). */
                Version: components["parameters"]["Version"];
                /** @description The AccessKey id that signed the request (signature V1). */
                AccessKeyId: components["parameters"]["AccessKeyId"];
                /** @description Base64 HMAC-SHA1 signature (see securitySchemes SignatureV1), percent-encoded like any other value. */
                Signature: components["parameters"]["Signature"];
                SignatureMethod: components["parameters"]["SignatureMethod"];
                SignatureVersion: components["parameters"]["SignatureVersion"];
                /** @description Unique random value per request (a UUID or 32 hex digits); a reused nonce is refused with SignatureNonceUsed. */
                SignatureNonce: components["parameters"]["SignatureNonce"];
                /** @description ISO 8601 UTC time `yyyy-MM-ddTHH:mm:ssZ`; more than 15 minutes of skew is refused with InvalidTimeStamp.Expired. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Answer format; ECS defaults to XML. pop-core sends `JSON`, openapi-client (signature v2) sends `json`. */
                Format?: components["parameters"]["Format"];
                /** @description STS security token of temporary credentials (signature V1). */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object). */
                AttachNetworkInterfaceParameters: components["parameters"]["AttachParams"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the body carries only the RequestId. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestIdResponse"];
                    "text/xml": string;
                };
            };
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    AttachNetworkInterfacePost: {
        parameters: {
            query: {
                /** @description The action parameters, each sent as its own query key (form style, exploded object). */
                AttachNetworkInterfaceParameters: components["parameters"]["AttachParams"];
            };
            header: {
                /** @description The action (ACS3; there is no Action query parameter in this form). */
                "x-acs-action": components["parameters"]["AcsActionAttach"];
                "x-acs-version": components["parameters"]["AcsVersion"];
                /** @description ISO 8601 UTC request time, signed. */
                "x-acs-date": components["parameters"]["AcsDate"];
                /** @description Unique random value per request (the 7.x SDK sends 64 hex digits, openapi-client 32), signed. */
                "x-acs-signature-nonce": components["parameters"]["AcsSignatureNonce"];
                /** @description Lower-hex SHA-256 of the body (the empty-body hash e3b0c442...b855 for these calls), signed. */
                "x-acs-content-sha256": components["parameters"]["AcsContentSha256"];
                /** @description STS security token of temporary credentials (ACS3), signed when present. */
                "x-acs-security-token"?: components["parameters"]["AcsSecurityToken"];
                /** @description Sent (and signed) by the current SDK, for example `static_ak`; informational. */
                "x-acs-credentials-provider"?: components["parameters"]["AcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RequestIdOk"];
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    DetachNetworkInterface: {
        parameters: {
            query: {
                Action: components["parameters"]["ActionDetach"];
                /** @description API version (signature V1). */
                Version: components["parameters"]["Version"];
                /** @description The AccessKey id that signed the request (signature V1). */
                AccessKeyId: components["parameters"]["AccessKeyId"];
                /** @description Base64 HMAC-SHA1 signature (see securitySchemes SignatureV1), percent-encoded like any other value. */
                Signature: components["parameters"]["Signature"];
                SignatureMethod: components["parameters"]["SignatureMethod"];
                SignatureVersion: components["parameters"]["SignatureVersion"];
                /** @description Unique random value per request (a UUID or 32 hex digits); a reused nonce is refused with SignatureNonceUsed. */
                SignatureNonce: components["parameters"]["SignatureNonce"];
                /** @description ISO 8601 UTC time `yyyy-MM-ddTHH:mm:ssZ`; more than 15 minutes of skew is refused with InvalidTimeStamp.Expired. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Answer format; ECS defaults to XML. pop-core sends `JSON`, openapi-client (signature v2) sends `json`. */
                Format?: components["parameters"]["Format"];
                /** @description STS security token of temporary credentials (signature V1). */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /** @description The action parameters, each sent as its own query key (form style, exploded object). */
                DetachNetworkInterfaceParameters: components["parameters"]["DetachParams"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RequestIdOk"];
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    DetachNetworkInterfacePost: {
        parameters: {
            query: {
                /** @description The action parameters, each sent as its own query key (form style, exploded object). */
                DetachNetworkInterfaceParameters: components["parameters"]["DetachParams"];
            };
            header: {
                "x-acs-action": components["parameters"]["AcsActionDetach"];
                "x-acs-version": components["parameters"]["AcsVersion"];
                /** @description ISO 8601 UTC request time, signed. */
                "x-acs-date": components["parameters"]["AcsDate"];
                /** @description Unique random value per request (the 7.x SDK sends 64 hex digits, openapi-client 32), signed. */
                "x-acs-signature-nonce": components["parameters"]["AcsSignatureNonce"];
                /** @description Lower-hex SHA-256 of the body (the empty-body hash e3b0c442...b855 for these calls), signed. */
                "x-acs-content-sha256": components["parameters"]["AcsContentSha256"];
                /** @description STS security token of temporary credentials (ACS3), signed when present. */
                "x-acs-security-token"?: components["parameters"]["AcsSecurityToken"];
                /** @description Sent (and signed) by the current SDK, for example `static_ak`; informational. */
                "x-acs-credentials-provider"?: components["parameters"]["AcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RequestIdOk"];
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    DescribeNetworkInterfaces: {
        parameters: {
            query: {
                Action: components["parameters"]["ActionDescribe"];
                /** @description API version (signature V1). */
                Version: components["parameters"]["Version"];
                /** @description The AccessKey id that signed the request (signature V1). */
                AccessKeyId: components["parameters"]["AccessKeyId"];
                /** @description Base64 HMAC-SHA1 signature (see securitySchemes SignatureV1), percent-encoded like any other value. */
                Signature: components["parameters"]["Signature"];
                SignatureMethod: components["parameters"]["SignatureMethod"];
                SignatureVersion: components["parameters"]["SignatureVersion"];
                /** @description Unique random value per request (a UUID or 32 hex digits); a reused nonce is refused with SignatureNonceUsed. */
                SignatureNonce: components["parameters"]["SignatureNonce"];
                /** @description ISO 8601 UTC time `yyyy-MM-ddTHH:mm:ssZ`; more than 15 minutes of skew is refused with InvalidTimeStamp.Expired. */
                Timestamp: components["parameters"]["Timestamp"];
                /** @description Answer format; ECS defaults to XML. pop-core sends `JSON`, openapi-client (signature v2) sends `json`. */
                Format?: components["parameters"]["Format"];
                /** @description STS security token of temporary credentials (signature V1). */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /** @description The action parameters, each sent as its own query key; lists flattened `Name.N` with N from 1. */
                DescribeNetworkInterfacesParameters: components["parameters"]["DescribeParams"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeOk"];
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    DescribeNetworkInterfacesPost: {
        parameters: {
            query: {
                /** @description The action parameters, each sent as its own query key; lists flattened `Name.N` with N from 1. */
                DescribeNetworkInterfacesParameters: components["parameters"]["DescribeParams"];
            };
            header: {
                "x-acs-action": components["parameters"]["AcsActionDescribe"];
                "x-acs-version": components["parameters"]["AcsVersion"];
                /** @description ISO 8601 UTC request time, signed. */
                "x-acs-date": components["parameters"]["AcsDate"];
                /** @description Unique random value per request (the 7.x SDK sends 64 hex digits, openapi-client 32), signed. */
                "x-acs-signature-nonce": components["parameters"]["AcsSignatureNonce"];
                /** @description Lower-hex SHA-256 of the body (the empty-body hash e3b0c442...b855 for these calls), signed. */
                "x-acs-content-sha256": components["parameters"]["AcsContentSha256"];
                /** @description STS security token of temporary credentials (ACS3), signed when present. */
                "x-acs-security-token"?: components["parameters"]["AcsSecurityToken"];
                /** @description Sent (and signed) by the current SDK, for example `static_ak`; informational. */
                "x-acs-credentials-provider"?: components["parameters"]["AcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeOk"];
            400: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            500: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
}
