package io.retentionflow.modeling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The window of purchases a model is fitted on, and the rules that turn purchases into
 * {@link CustomerHistory} rows, following the published CDNOW analyses (Fader, Hardie and Lee 2005):
 * <ul>
 *   <li>purchases by one customer on one day are one transaction with the summed value, because the
 *       models count buying occasions, not order lines;</li>
 *   <li>the first transaction only marks the customer's birth: x counts repeat transactions, and tx
 *       and T are measured from the first transaction;</li>
 *   <li>T runs to {@code end}, the last day of the window (CDNOW: 1997-01-01 to 1997-09-30, so a
 *       customer first seen on 1 January has T = 272/7 = 38.86 weeks);</li>
 *   <li>times are days divided by {@code daysPerUnit} (7 for weeks).</li>
 * </ul>
 * Customers whose first purchase falls outside the window are left out.
 *
 * @param start       first day of the window, inclusive
 * @param end         last day of the window, inclusive
 * @param daysPerUnit length of the model's time unit in days
 */
public record CalibrationPeriod(LocalDate start, LocalDate end, double daysPerUnit) {

    public CalibrationPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("need start <= end, got " + start + " .. " + end);
        }
        Positive.require("daysPerUnit", daysPerUnit);
    }

    /** Histories ordered by customer id. */
    public List<CustomerHistory> summarize(Collection<Purchase> purchases) {
        Map<String, TreeMap<LocalDate, Double>> valueByDay = new TreeMap<>();
        for (Purchase purchase : purchases) {
            if (!purchase.date().isBefore(start) && !purchase.date().isAfter(end)) {
                valueByDay.computeIfAbsent(purchase.customerId(), id -> new TreeMap<>())
                        .merge(purchase.date(), purchase.value(), Double::sum);
            }
        }
        List<CustomerHistory> histories = new ArrayList<>(valueByDay.size());
        valueByDay.forEach((id, days) -> histories.add(history(id, days)));
        return histories;
    }

    private CustomerHistory history(String customerId, TreeMap<LocalDate, Double> days) {
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        double total = days.values().stream().mapToDouble(Double::doubleValue).sum();
        int repeats = days.size() - 1;
        double repeatTotal = days.tailMap(first, false).values().stream().mapToDouble(Double::doubleValue).sum();
        double meanRepeat = repeats == 0 ? 0 : repeatTotal / repeats;
        LocalDate beforeLast = days.lowerKey(last);
        long gap = beforeLast == null ? 0 : ChronoUnit.DAYS.between(beforeLast, last);
        CustomerSummary summary = new CustomerSummary(repeats,
                ChronoUnit.DAYS.between(first, last) / daysPerUnit,
                ChronoUnit.DAYS.between(first, end) / daysPerUnit);
        return new CustomerHistory(customerId, first, last, days.size(), total, gap, summary, meanRepeat);
    }
}
