package io.retentionflow.process;

/** The names {@code bpmn/nightly-campaign-run.bpmn} and its code share. */
public final class NightlyCampaignRunProcess {

    public static final String PROCESS_ID = "nightlyCampaignRun";

    /** Element ids, as in the model. */
    public static final class Elements {
        public static final String NIGHTLY_TIMER = "timerStart_nightly";
        public static final String REFRESH_CUSTOMER_DATA = "serviceTask_refreshCustomerData";
        public static final String FIND_DUE_CAMPAIGNS = "serviceTask_findDueCampaigns";
        /** Multi-instance over the due campaigns: each started in a job of its own. */
        public static final String START_CAMPAIGN_EXECUTION = "serviceTask_startCampaignExecution";
        public static final String DONE = "endEvent_campaignsStarted";

        private Elements() {}
    }

    /** Process variables. */
    public static final class Variables {
        /** The day whose campaigns to start, yyyy-MM-dd; absent on the nightly timer, which means today. */
        public static final String RUN_DATE = "runDate";
        /** The ids of the campaign plans due on the run date. */
        public static final String DUE_CAMPAIGNS = "dueCampaigns";
        public static final String DUE_CAMPAIGN = "dueCampaign";

        private Variables() {}
    }

    private NightlyCampaignRunProcess() {}
}
