package io.retentionflow.process;

/**
 * The names {@code bpmn/campaign-execution.bpmn} and its code share: process id, element ids,
 * variables and error codes, in one place so a rename cannot leave a string behind.
 */
public final class CampaignExecutionProcess {

    public static final String PROCESS_ID = "campaignExecution";

    /** Element ids, as in the model. */
    public static final class Elements {
        public static final String APPROVE_TEMPLATE = "userTask_approveTemplate";
        public static final String APPROVAL_DEADLINE = "timer_approvalDeadline";
        public static final String RECORD_APPROVED_TEMPLATE = "serviceTask_recordApprovedTemplate";
        public static final String BUILD_RECIPIENT_LIST = "serviceTask_buildRecipientList";
        public static final String SEND_TIME = "timer_sendTime";
        public static final String CHECK_COVERAGE = "serviceTask_checkCoverage";
        public static final String CREATE_BRONTO_LISTS = "serviceTask_createBrontoLists";
        public static final String UPLOAD_CONTACTS = "subProcess_uploadContacts";
        public static final String RESERVE_UPLOAD_SLOT = "serviceTask_reserveUploadSlot";
        public static final String UPLOAD_SLOT = "timer_uploadSlot";
        public static final String UPLOAD_CONTACT_BATCH = "serviceTask_uploadContactBatch";
        public static final String UPLOAD_SLOT_MOVED = "boundaryEvent_uploadSlotMoved";
        public static final String BATCH_UPLOADED = "endEvent_batchUploaded";
        public static final String SCHEDULE_DELIVERY = "serviceTask_scheduleDelivery";
        public static final String BRONTO_REFUSED = "boundaryEvent_brontoRefused";
        public static final String TEMPLATE_NOT_OFFERED = "boundaryEvent_templateNotOffered";
        public static final String FIX_CAMPAIGN = "userTask_fixCampaign";
        public static final String TAKE_UP_CORRECTIONS = "serviceTask_takeUpCorrections";
        public static final String NEXT_METRICS_PULL = "timer_nextMetricsPull";
        public static final String PULL_METRICS = "serviceTask_pullMetrics";
        public static final String ANALYSE_RESULTS = "serviceTask_analyseResults";
        public static final String CLEAN_UP_LISTS = "userTask_cleanUpLists";
        public static final String DELETE_BRONTO_LISTS = "serviceTask_deleteBrontoLists";
        public static final String MARK_LISTS_REMOVED = "serviceTask_markListsRemoved";
        public static final String COMPLETED = "endEvent_campaignCompleted";
        public static final String REJECTED = "endEvent_templateRejected";
        public static final String APPROVAL_EXPIRED = "endEvent_approvalExpired";
        public static final String NOTHING_TO_SEND = "endEvent_nothingToSend";
        public static final String CANCELLED = "endEvent_campaignCancelled";

        private Elements() {}
    }

    /** Process variables: ids and small facts for forms and gateways, never recipient data. */
    public static final class Variables {
        public static final String EXECUTION_ID = "executionId";
        public static final String CAMPAIGN_NAME = "campaignName";
        public static final String TARGET_GROUP = "targetGroup";
        public static final String ESTIMATED_RECIPIENTS = "estimatedRecipients";
        /** Set by "Check Bronto coverage": every mailed recipient is looked up; false sends the step round again. */
        public static final String RECIPIENTS_LOOKED_UP = "recipientsLookedUp";
        /** For the approval form: how many of the estimated recipients Bronto can mail, as last seen. */
        public static final String BRONTO_COVERAGE = "brontoCoverage";
        /** The template to send; the approval form lets the marketer pick another. */
        public static final String TEMPLATE_ID = "templateId";
        public static final String TEMPLATE_SUBJECT = "templateSubject";
        /** The Optimove folder's templates for the approval form, as {@code id|name;id|name}. */
        public static final String TEMPLATE_CHOICES = "templateChoices";
        public static final String PREVIEW_URL = "previewUrl";
        public static final String SENDER = "sender";
        public static final String SEND_AT = "sendAt";
        public static final String APPROVAL_DUE = "approvalDue";
        public static final String APPROVAL_DECISION = "approvalDecision";
        public static final String APPROVAL_COMMENT = "approvalComment";
        public static final String RECIPIENTS = "recipients";
        public static final String UPLOAD_BATCHES = "uploadBatches";
        public static final String UPLOAD_BATCH = "uploadBatch";
        public static final String UPLOAD_AT = "uploadAt";
        public static final String UPLOAD_RESERVATION = "uploadReservation";
        public static final String METRICS_PULL = "metricsPull";
        public static final String METRICS_PULL_COUNT = "metricsPullCount";
        public static final String METRICS_PULL_INTERVAL = "metricsPullInterval";
        public static final String BRONTO_ERROR = "brontoError";
        public static final String FIX_ACTION = "fixAction";
        public static final String LIST_NAMES = "listNames";
        public static final String RESULT_SUMMARY = "resultSummary";
        public static final String CLEANUP_ACTION = "cleanupAction";

        private Variables() {}
    }

    /** Values the user tasks' forms submit. */
    public static final class Choices {
        public static final String APPROVE = "approve";
        public static final String REJECT = "reject";
        public static final String RETRY = "retry";
        public static final String CANCEL = "cancel";
        public static final String DELETE_LISTS = "delete";
        public static final String MARK_REMOVED = "markRemoved";

        private Choices() {}
    }

    /** BPMN error codes of business outcomes. */
    public static final class Errors {
        /** Bronto refused a step for a reason a marketer can fix: a deleted template, a bad sender, a past start. */
        public static final String BRONTO_REFUSED = "brontoRefused";
        /** The approval named a template outside the Optimove folder: back to the approval. */
        public static final String TEMPLATE_NOT_OFFERED = "templateNotOffered";
        /** At its slot, the batch found the minute still full of uploads that started late: wait again. */
        public static final String UPLOAD_SLOT_MOVED = "uploadSlotMoved";

        private Errors() {}
    }

    private CampaignExecutionProcess() {}
}
