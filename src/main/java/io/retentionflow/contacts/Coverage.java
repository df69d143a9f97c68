package io.retentionflow.contacts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How many of some customers with an address Bronto can mail, and why the others cannot. */
public record Coverage(long customers, Map<BrontoReach, Long> byReach) {

    public Coverage {
        byReach = Map.copyOf(byReach);
    }

    static Coverage of(Map<BrontoReach, Long> byReach) {
        Map<BrontoReach, Long> all = new EnumMap<>(BrontoReach.class);
        for (BrontoReach reach : BrontoReach.values()) {
            all.put(reach, byReach.getOrDefault(reach, 0L));
        }
        return new Coverage(all.values().stream().mapToLong(Long::longValue).sum(), all);
    }

    public long count(BrontoReach reach) {
        return byReach.getOrDefault(reach, 0L);
    }

    /** Those Bronto mails. */
    public long receivable() {
        return count(BrontoReach.RECEIVABLE);
    }

    /** Those Bronto will not mail, or may not: everyone but the receivable. */
    public long missing() {
        return customers - receivable();
    }

    /** The reasons those missing have, each with how many have it; none that no one has. */
    public Map<BrontoReach, Long> missingByReason() {
        Map<BrontoReach, Long> reasons = new EnumMap<>(BrontoReach.class);
        byReach.forEach((reach, count) -> {
            if (reach != BrontoReach.RECEIVABLE && count > 0) {
                reasons.put(reach, count);
            }
        });
        return reasons;
    }

    /** One sentence for a marketer, e.g. "1,170 of 1,200 in Bronto; 18 not in Bronto, 12 unsubscribed in Bronto." */
    public String describe() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        String head = "%s of %s in Bronto".formatted(number.format(receivable()), number.format(customers));
        List<String> missing = new ArrayList<>();
        missingByReason().forEach((reach, count) -> missing.add(number.format(count) + " " + reach.label()));
        return missing.isEmpty() ? head + "." : head + "; " + String.join(", ", missing) + ".";
    }
}
