"""Contains all the data models used in inputs/outputs"""

from .accept_invitation_request import AcceptInvitationRequest
from .access_key_response import AccessKeyResponse
from .add_member_request import AddMemberRequest
from .api_key_response import ApiKeyResponse
from .app_settings_response import AppSettingsResponse
from .app_settings_response_bot_user_data import AppSettingsResponseBotUserData
from .app_settings_response_e2e_encryption_mode import AppSettingsResponseE2EEncryptionMode
from .change_project_user_role_request import ChangeProjectUserRoleRequest
from .change_project_user_role_request_role import ChangeProjectUserRoleRequestRole
from .create_access_key_request import CreateAccessKeyRequest
from .create_access_key_response import CreateAccessKeyResponse
from .create_api_key import CreateApiKey
from .create_api_key_response import CreateApiKeyResponse
from .create_function_request import CreateFunctionRequest
from .create_gathering_request import CreateGatheringRequest
from .create_gathering_request_access_policy import CreateGatheringRequestAccessPolicy
from .create_gathering_request_properties import CreateGatheringRequestProperties
from .create_gathering_request_search_properties import CreateGatheringRequestSearchProperties
from .create_gathering_request_type import CreateGatheringRequestType
from .create_participant_request import CreateParticipantRequest
from .create_participant_request_user_data import CreateParticipantRequestUserData
from .create_plugin_instance_request import CreatePluginInstanceRequest
from .create_plugin_instance_request_settings import CreatePluginInstanceRequestSettings
from .create_sanction_request import CreateSanctionRequest
from .create_sanction_request_metadata import CreateSanctionRequestMetadata
from .create_sanction_request_scope import CreateSanctionRequestScope
from .create_sanction_request_type import CreateSanctionRequestType
from .create_session_request import CreateSessionRequest
from .create_webhook_subscription_request import CreateWebhookSubscriptionRequest
from .create_webhook_subscription_request_auth_type import CreateWebhookSubscriptionRequestAuthType
from .create_webhook_subscription_request_custom_headers import (
    CreateWebhookSubscriptionRequestCustomHeaders,
)
from .decline_invitation_request import DeclineInvitationRequest
from .domain_event_envelope import DomainEventEnvelope
from .domain_event_payload import DomainEventPayload
from .domain_event_payload_action import DomainEventPayloadAction
from .domain_event_payload_changes import DomainEventPayloadChanges
from .domain_event_payload_data import DomainEventPayloadData
from .error_response import ErrorResponse
from .function_response import FunctionResponse
from .function_settings_response import FunctionSettingsResponse
from .function_settings_response_dependencies import FunctionSettingsResponseDependencies
from .function_settings_response_environment_variables import (
    FunctionSettingsResponseEnvironmentVariables,
)
from .function_version_response import FunctionVersionResponse
from .gathering_invitation import GatheringInvitation
from .gathering_member import GatheringMember
from .gathering_member_joined_event import GatheringMemberJoinedEvent
from .gathering_member_joined_event_data import GatheringMemberJoinedEventData
from .gathering_member_joined_event_source import GatheringMemberJoinedEventSource
from .gathering_member_joined_event_type import GatheringMemberJoinedEventType
from .gathering_member_joined_payload import GatheringMemberJoinedPayload
from .gathering_member_joined_payload_action import GatheringMemberJoinedPayloadAction
from .gathering_member_role import GatheringMemberRole
from .gathering_member_status import GatheringMemberStatus
from .gathering_response import GatheringResponse
from .gathering_response_properties import GatheringResponseProperties
from .gathering_response_status import GatheringResponseStatus
from .gathering_response_type import GatheringResponseType
from .gathering_started_event import GatheringStartedEvent
from .gathering_started_event_source import GatheringStartedEventSource
from .gathering_started_event_type import GatheringStartedEventType
from .gathering_started_payload import GatheringStartedPayload
from .gathering_started_payload_action import GatheringStartedPayloadAction
from .generic_domain_event import GenericDomainEvent
from .generic_domain_event_source import GenericDomainEventSource
from .generic_domain_event_type import GenericDomainEventType
from .generic_event_payload import GenericEventPayload
from .generic_event_payload_action import GenericEventPayloadAction
from .generic_event_payload_changes import GenericEventPayloadChanges
from .generic_event_payload_data import GenericEventPayloadData
from .invite_project_user_request import InviteProjectUserRequest
from .invite_project_user_request_role import InviteProjectUserRequestRole
from .invited_participant import InvitedParticipant
from .join_by_code_request import JoinByCodeRequest
from .join_gathering_response import JoinGatheringResponse
from .leave_gathering_request import LeaveGatheringRequest
from .list_gatherings_status import ListGatheringsStatus
from .list_gatherings_type import ListGatheringsType
from .list_sanctions_type import ListSanctionsType
from .list_webhook_events_status import ListWebhookEventsStatus
from .login_credentials import LoginCredentials
from .login_request import LoginRequest
from .login_response import LoginResponse
from .message import Message
from .message_annotation_created_event import MessageAnnotationCreatedEvent
from .message_annotation_created_event_data import MessageAnnotationCreatedEventData
from .message_annotation_created_event_data_content import MessageAnnotationCreatedEventDataContent
from .message_annotation_created_event_source import MessageAnnotationCreatedEventSource
from .message_annotation_created_event_type import MessageAnnotationCreatedEventType
from .message_annotation_created_payload import MessageAnnotationCreatedPayload
from .message_annotation_created_payload_action import MessageAnnotationCreatedPayloadAction
from .message_created_event import MessageCreatedEvent
from .message_created_event_data import MessageCreatedEventData
from .message_created_event_data_type import MessageCreatedEventDataType
from .message_created_event_source import MessageCreatedEventSource
from .message_created_event_type import MessageCreatedEventType
from .message_created_payload import MessageCreatedPayload
from .message_created_payload_action import MessageCreatedPayloadAction
from .message_type import MessageType
from .participant_created_event import ParticipantCreatedEvent
from .participant_created_event_source import ParticipantCreatedEventSource
from .participant_created_event_type import ParticipantCreatedEventType
from .participant_created_payload import ParticipantCreatedPayload
from .participant_created_payload_action import ParticipantCreatedPayloadAction
from .participant_deleted_event import ParticipantDeletedEvent
from .participant_deleted_event_source import ParticipantDeletedEventSource
from .participant_deleted_event_type import ParticipantDeletedEventType
from .participant_deleted_payload import ParticipantDeletedPayload
from .participant_deleted_payload_action import ParticipantDeletedPayloadAction
from .participant_list_response import ParticipantListResponse
from .participant_response import ParticipantResponse
from .participant_response_user_data import ParticipantResponseUserData
from .participant_updated_event import ParticipantUpdatedEvent
from .participant_updated_event_source import ParticipantUpdatedEventSource
from .participant_updated_event_type import ParticipantUpdatedEventType
from .participant_updated_payload import ParticipantUpdatedPayload
from .participant_updated_payload_action import ParticipantUpdatedPayloadAction
from .participant_updated_payload_changes import ParticipantUpdatedPayloadChanges
from .plugin_instance_response import PluginInstanceResponse
from .plugin_instance_response_settings import PluginInstanceResponseSettings
from .plugin_response import PluginResponse
from .plugin_response_settings_schema import PluginResponseSettingsSchema
from .project_user_dto import ProjectUserDto
from .project_user_dto_role import ProjectUserDtoRole
from .project_user_dto_status import ProjectUserDtoStatus
from .revoke_sanction_request import RevokeSanctionRequest
from .sanction_created_event import SanctionCreatedEvent
from .sanction_created_event_source import SanctionCreatedEventSource
from .sanction_created_event_type import SanctionCreatedEventType
from .sanction_created_payload import SanctionCreatedPayload
from .sanction_created_payload_action import SanctionCreatedPayloadAction
from .sanction_list_response import SanctionListResponse
from .sanction_response import SanctionResponse
from .sanction_response_metadata import SanctionResponseMetadata
from .sanction_response_participant import SanctionResponseParticipant
from .sanction_response_participant_user_data import SanctionResponseParticipantUserData
from .sanction_response_scope import SanctionResponseScope
from .sanction_response_type import SanctionResponseType
from .send_invitations_request import SendInvitationsRequest
from .session_annotation_created_event import SessionAnnotationCreatedEvent
from .session_annotation_created_event_data import SessionAnnotationCreatedEventData
from .session_annotation_created_event_data_content import SessionAnnotationCreatedEventDataContent
from .session_annotation_created_event_source import SessionAnnotationCreatedEventSource
from .session_annotation_created_event_type import SessionAnnotationCreatedEventType
from .session_annotation_created_payload import SessionAnnotationCreatedPayload
from .session_annotation_created_payload_action import SessionAnnotationCreatedPayloadAction
from .session_created_event import SessionCreatedEvent
from .session_created_event_source import SessionCreatedEventSource
from .session_created_event_type import SessionCreatedEventType
from .session_created_payload import SessionCreatedPayload
from .session_created_payload_action import SessionCreatedPayloadAction
from .session_deleted_event import SessionDeletedEvent
from .session_deleted_event_source import SessionDeletedEventSource
from .session_deleted_event_type import SessionDeletedEventType
from .session_deleted_payload import SessionDeletedPayload
from .session_deleted_payload_action import SessionDeletedPayloadAction
from .session_response import SessionResponse
from .session_updated_event import SessionUpdatedEvent
from .session_updated_event_source import SessionUpdatedEventSource
from .session_updated_event_type import SessionUpdatedEventType
from .session_updated_payload import SessionUpdatedPayload
from .session_updated_payload_action import SessionUpdatedPayloadAction
from .session_updated_payload_changes import SessionUpdatedPayloadChanges
from .start_gathering_request import StartGatheringRequest
from .update_app_settings_request import UpdateAppSettingsRequest
from .update_app_settings_request_bot_user_data import UpdateAppSettingsRequestBotUserData
from .update_app_settings_request_e2e_encryption_mode import (
    UpdateAppSettingsRequestE2EEncryptionMode,
)
from .update_function_request import UpdateFunctionRequest
from .update_function_settings_request import UpdateFunctionSettingsRequest
from .update_function_settings_request_dependencies import UpdateFunctionSettingsRequestDependencies
from .update_function_settings_request_environment_variables import (
    UpdateFunctionSettingsRequestEnvironmentVariables,
)
from .update_gathering_request import UpdateGatheringRequest
from .update_gathering_request_access_policy import UpdateGatheringRequestAccessPolicy
from .update_gathering_request_properties import UpdateGatheringRequestProperties
from .update_gathering_request_search_properties import UpdateGatheringRequestSearchProperties
from .update_member_request import UpdateMemberRequest
from .update_member_request_status import UpdateMemberRequestStatus
from .update_participant_request import UpdateParticipantRequest
from .update_participant_request_user_data import UpdateParticipantRequestUserData
from .update_plugin_instance_request import UpdatePluginInstanceRequest
from .update_plugin_instance_request_settings import UpdatePluginInstanceRequestSettings
from .update_sanction_request import UpdateSanctionRequest
from .update_sanction_request_metadata import UpdateSanctionRequestMetadata
from .update_sanction_request_scope import UpdateSanctionRequestScope
from .update_webhook_subscription_request import UpdateWebhookSubscriptionRequest
from .update_webhook_subscription_request_auth_type import UpdateWebhookSubscriptionRequestAuthType
from .update_webhook_subscription_request_custom_headers import (
    UpdateWebhookSubscriptionRequestCustomHeaders,
)
from .user_profile import UserProfile
from .webhook_delivery import WebhookDelivery
from .webhook_event import WebhookEvent
from .webhook_event_detail import WebhookEventDetail
from .webhook_event_detail_payload import WebhookEventDetailPayload
from .webhook_event_detail_status import WebhookEventDetailStatus
from .webhook_event_payload import WebhookEventPayload
from .webhook_event_status import WebhookEventStatus
from .webhook_subscription_response import WebhookSubscriptionResponse
from .webhook_subscription_response_auth_type import WebhookSubscriptionResponseAuthType

__all__ = (
    "AcceptInvitationRequest",
    "AccessKeyResponse",
    "AddMemberRequest",
    "ApiKeyResponse",
    "AppSettingsResponse",
    "AppSettingsResponseBotUserData",
    "AppSettingsResponseE2EEncryptionMode",
    "ChangeProjectUserRoleRequest",
    "ChangeProjectUserRoleRequestRole",
    "CreateAccessKeyRequest",
    "CreateAccessKeyResponse",
    "CreateApiKey",
    "CreateApiKeyResponse",
    "CreateFunctionRequest",
    "CreateGatheringRequest",
    "CreateGatheringRequestAccessPolicy",
    "CreateGatheringRequestProperties",
    "CreateGatheringRequestSearchProperties",
    "CreateGatheringRequestType",
    "CreateParticipantRequest",
    "CreateParticipantRequestUserData",
    "CreatePluginInstanceRequest",
    "CreatePluginInstanceRequestSettings",
    "CreateSanctionRequest",
    "CreateSanctionRequestMetadata",
    "CreateSanctionRequestScope",
    "CreateSanctionRequestType",
    "CreateSessionRequest",
    "CreateWebhookSubscriptionRequest",
    "CreateWebhookSubscriptionRequestAuthType",
    "CreateWebhookSubscriptionRequestCustomHeaders",
    "DeclineInvitationRequest",
    "DomainEventEnvelope",
    "DomainEventPayload",
    "DomainEventPayloadAction",
    "DomainEventPayloadChanges",
    "DomainEventPayloadData",
    "ErrorResponse",
    "FunctionResponse",
    "FunctionSettingsResponse",
    "FunctionSettingsResponseDependencies",
    "FunctionSettingsResponseEnvironmentVariables",
    "FunctionVersionResponse",
    "GatheringInvitation",
    "GatheringMember",
    "GatheringMemberJoinedEvent",
    "GatheringMemberJoinedEventData",
    "GatheringMemberJoinedEventSource",
    "GatheringMemberJoinedEventType",
    "GatheringMemberJoinedPayload",
    "GatheringMemberJoinedPayloadAction",
    "GatheringMemberRole",
    "GatheringMemberStatus",
    "GatheringResponse",
    "GatheringResponseProperties",
    "GatheringResponseStatus",
    "GatheringResponseType",
    "GatheringStartedEvent",
    "GatheringStartedEventSource",
    "GatheringStartedEventType",
    "GatheringStartedPayload",
    "GatheringStartedPayloadAction",
    "GenericDomainEvent",
    "GenericDomainEventSource",
    "GenericDomainEventType",
    "GenericEventPayload",
    "GenericEventPayloadAction",
    "GenericEventPayloadChanges",
    "GenericEventPayloadData",
    "InvitedParticipant",
    "InviteProjectUserRequest",
    "InviteProjectUserRequestRole",
    "JoinByCodeRequest",
    "JoinGatheringResponse",
    "LeaveGatheringRequest",
    "ListGatheringsStatus",
    "ListGatheringsType",
    "ListSanctionsType",
    "ListWebhookEventsStatus",
    "LoginCredentials",
    "LoginRequest",
    "LoginResponse",
    "Message",
    "MessageAnnotationCreatedEvent",
    "MessageAnnotationCreatedEventData",
    "MessageAnnotationCreatedEventDataContent",
    "MessageAnnotationCreatedEventSource",
    "MessageAnnotationCreatedEventType",
    "MessageAnnotationCreatedPayload",
    "MessageAnnotationCreatedPayloadAction",
    "MessageCreatedEvent",
    "MessageCreatedEventData",
    "MessageCreatedEventDataType",
    "MessageCreatedEventSource",
    "MessageCreatedEventType",
    "MessageCreatedPayload",
    "MessageCreatedPayloadAction",
    "MessageType",
    "ParticipantCreatedEvent",
    "ParticipantCreatedEventSource",
    "ParticipantCreatedEventType",
    "ParticipantCreatedPayload",
    "ParticipantCreatedPayloadAction",
    "ParticipantDeletedEvent",
    "ParticipantDeletedEventSource",
    "ParticipantDeletedEventType",
    "ParticipantDeletedPayload",
    "ParticipantDeletedPayloadAction",
    "ParticipantListResponse",
    "ParticipantResponse",
    "ParticipantResponseUserData",
    "ParticipantUpdatedEvent",
    "ParticipantUpdatedEventSource",
    "ParticipantUpdatedEventType",
    "ParticipantUpdatedPayload",
    "ParticipantUpdatedPayloadAction",
    "ParticipantUpdatedPayloadChanges",
    "PluginInstanceResponse",
    "PluginInstanceResponseSettings",
    "PluginResponse",
    "PluginResponseSettingsSchema",
    "ProjectUserDto",
    "ProjectUserDtoRole",
    "ProjectUserDtoStatus",
    "RevokeSanctionRequest",
    "SanctionCreatedEvent",
    "SanctionCreatedEventSource",
    "SanctionCreatedEventType",
    "SanctionCreatedPayload",
    "SanctionCreatedPayloadAction",
    "SanctionListResponse",
    "SanctionResponse",
    "SanctionResponseMetadata",
    "SanctionResponseParticipant",
    "SanctionResponseParticipantUserData",
    "SanctionResponseScope",
    "SanctionResponseType",
    "SendInvitationsRequest",
    "SessionAnnotationCreatedEvent",
    "SessionAnnotationCreatedEventData",
    "SessionAnnotationCreatedEventDataContent",
    "SessionAnnotationCreatedEventSource",
    "SessionAnnotationCreatedEventType",
    "SessionAnnotationCreatedPayload",
    "SessionAnnotationCreatedPayloadAction",
    "SessionCreatedEvent",
    "SessionCreatedEventSource",
    "SessionCreatedEventType",
    "SessionCreatedPayload",
    "SessionCreatedPayloadAction",
    "SessionDeletedEvent",
    "SessionDeletedEventSource",
    "SessionDeletedEventType",
    "SessionDeletedPayload",
    "SessionDeletedPayloadAction",
    "SessionResponse",
    "SessionUpdatedEvent",
    "SessionUpdatedEventSource",
    "SessionUpdatedEventType",
    "SessionUpdatedPayload",
    "SessionUpdatedPayloadAction",
    "SessionUpdatedPayloadChanges",
    "StartGatheringRequest",
    "UpdateAppSettingsRequest",
    "UpdateAppSettingsRequestBotUserData",
    "UpdateAppSettingsRequestE2EEncryptionMode",
    "UpdateFunctionRequest",
    "UpdateFunctionSettingsRequest",
    "UpdateFunctionSettingsRequestDependencies",
    "UpdateFunctionSettingsRequestEnvironmentVariables",
    "UpdateGatheringRequest",
    "UpdateGatheringRequestAccessPolicy",
    "UpdateGatheringRequestProperties",
    "UpdateGatheringRequestSearchProperties",
    "UpdateMemberRequest",
    "UpdateMemberRequestStatus",
    "UpdateParticipantRequest",
    "UpdateParticipantRequestUserData",
    "UpdatePluginInstanceRequest",
    "UpdatePluginInstanceRequestSettings",
    "UpdateSanctionRequest",
    "UpdateSanctionRequestMetadata",
    "UpdateSanctionRequestScope",
    "UpdateWebhookSubscriptionRequest",
    "UpdateWebhookSubscriptionRequestAuthType",
    "UpdateWebhookSubscriptionRequestCustomHeaders",
    "UserProfile",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookEventDetail",
    "WebhookEventDetailPayload",
    "WebhookEventDetailStatus",
    "WebhookEventPayload",
    "WebhookEventStatus",
    "WebhookSubscriptionResponse",
    "WebhookSubscriptionResponseAuthType",
)
