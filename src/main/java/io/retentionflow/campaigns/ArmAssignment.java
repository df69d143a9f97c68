package io.retentionflow.campaigns;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Puts a customer into the control group or an A/B arm of a campaign, the same way every time.
 *
 * <p>SHA-256 of {@code campaignId:customerId} gives two independent numbers in [0, 1): the first
 * decides control (below {@code control%}), the second the A/B arm of the mailed (below
 * {@code splitA%} is A). So a customer stays in the same arm on every night of a recurring
 * campaign and on every node, with nothing stored; two campaigns draw independent control groups;
 * and changing the split does not move anyone in or out of the control group.
 */
public final class ArmAssignment {

    /** 2^-53: turns the top 53 bits of a long into a double in [0, 1) without rounding up to 1. */
    private static final double UNIT = 0x1.0p-53;

    private final long campaignId;
    private final double controlShare;
    private final double splitAShare;

    /** @param splitAPercent share of the mailed getting template A; null or 100 without an A/B test */
    public ArmAssignment(long campaignId, int controlPercent, Integer splitAPercent) {
        if (controlPercent < 0 || controlPercent > 100) {
            throw new IllegalArgumentException("control percentage " + controlPercent);
        }
        if (splitAPercent != null && (splitAPercent < 0 || splitAPercent > 100)) {
            throw new IllegalArgumentException("split percentage " + splitAPercent);
        }
        this.campaignId = campaignId;
        this.controlShare = controlPercent / 100.0;
        this.splitAShare = splitAPercent == null ? 1.0 : splitAPercent / 100.0;
    }

    public Arm armOf(String customerId) {
        ByteBuffer hash = ByteBuffer.wrap(sha256(campaignId + ":" + customerId));
        double control = (hash.getLong() >>> 11) * UNIT;
        double split = (hash.getLong() >>> 11) * UNIT;
        if (control < controlShare) {
            return Arm.CONTROL;
        }
        return split < splitAShare ? Arm.A : Arm.B;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
