package io.retentionflow.contacts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a campaign email can reach a customer through Bronto, and if not, why, as far as the product knows: Bronto
 * mails active, onboarding and unconfirmed contacts and skips the others; an address it does not hold gets nothing.
 */
public enum BrontoReach {
    RECEIVABLE("receivable", "in Bronto"),
    NO_EMAIL("no_email", "no email address in the customer file"),
    NOT_LOOKED_UP("not_looked_up", "not looked up yet"),
    REFUSED("refused", "refused by Bronto"),
    NOT_IN_BRONTO("not_in_bronto", "not in Bronto"),
    UNSUBSCRIBED("unsub", "unsubscribed in Bronto"),
    BOUNCED("bounce", "bounced in Bronto"),
    TRANSACTIONAL("transactional", "transactional email only");

    private final String code;
    private final String label;

    BrontoReach(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As stored in {@code execution_recipient.bronto_reach} and given in {@code /bronto-contacts?reason=}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** From Bronto's contact status; none means Bronto holds no contact for the address. */
    public static BrontoReach ofStatus(String status) {
        if (status == null) {
            return NOT_IN_BRONTO;
        }
        return switch (status) {
            case "unsub" -> UNSUBSCRIBED;
            case "bounce" -> BOUNCED;
            case "transactional" -> TRANSACTIONAL;
            // active, onboarding, unconfirmed, and any status Bronto adds later: mailed unless we know better
            default -> RECEIVABLE;
        };
    }

    public static Optional<BrontoReach> ofCode(String code) {
        return Arrays.stream(values()).filter(reach -> reach.code.equals(code)).findFirst();
    }
}
