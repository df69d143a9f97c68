package io.retentionflow.system;

/**
 * The product's own Micrometer meters, named in one place because dashboards and alerts outlive the code
 * that feeds them: rename one here and the README's Operations table in the same change. Tags are bounded:
 * operations, outcomes and Bronto's documented codes, never a customer, an address or a list.
 */
public final class MeterNames {

    /** Timer: every SOAP call to Bronto, tagged {@code operation}, {@code outcome} and {@code code}. */
    public static final String BRONTO_CALLS = "bronto.calls";

    /** Counter: contacts of upload batches whose outcome Bronto gave, tagged {@code outcome}. */
    public static final String CONTACTS_UPLOADED = "campaign.contacts.uploaded";

    /** Counter: upload batch steps, tagged {@code outcome}: sent to Bronto, or found already recorded. */
    public static final String BATCHES = "campaign.batches";

    /** Timer: how long a batch waits, from its reservation, for its slot in the account's pace. */
    public static final String PACE_WAIT = "campaign.upload.pace.wait";

    /** Gauge: the engine's open incidents, the whole cluster's (they live in the shared database). */
    public static final String OPEN_INCIDENTS = "process.incidents.open";

    public static final String TAG_OPERATION = "operation";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_CODE = "code";

    private MeterNames() {}
}
