package io.retentionflow.modeling;

import io.retentionflow.system.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshes the customer model as of a date: fits BG/NBD and Gamma-Gamma on the whole base by
 * maximum likelihood, then scores every customer. Two streaming passes over the purchases (one to
 * fit, one to score) keep memory to a few numbers per customer; the rewrite of
 * {@code customer_model} is one transaction, so readers see the old model or the new, never half.
 */
@Service
public class ModelRefreshService {

    /** Below this, maximum likelihood has too little to go on and the fit would mislead. */
    static final int MIN_CUSTOMERS_WITH_PURCHASES = 20;
    static final int MIN_CUSTOMERS_WITH_REPEAT_PURCHASES = 10;

    private static final Logger log = LoggerFactory.getLogger(ModelRefreshService.class);

    private final PurchaseHistoryReader histories;
    private final CustomerModelWriter writer;
    private final ModelFitStore fits;
    private final ModelProperties properties;
    private final LifecycleRules lifecycle;
    private final Clock clock;

    ModelRefreshService(PurchaseHistoryReader histories, CustomerModelWriter writer, ModelFitStore fits,
            ModelProperties properties, LifecycleRules lifecycle, Clock clock) {
        this.histories = histories;
        this.writer = writer;
        this.fits = fits;
        this.properties = properties;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** Whether any customer has bought twice: without repeat purchases there is nothing to fit. */
    public boolean hasEnoughPurchasesToFit() {
        return fits.customersWithRepeatPurchases() >= MIN_CUSTOMERS_WITH_REPEAT_PURCHASES;
    }

    /** The model as of the end of yesterday, as the nightly run wants it. */
    public ModelFit refreshAsOfYesterday() {
        return refresh(LocalDate.now(clock.withZone(properties.zone())).minusDays(1));
    }

    /** Fits and scores on the purchases made up to and including {@code asOf}. */
    @Transactional
    public ModelFit refresh(LocalDate asOf) {
        fits.lockForRefresh();
        long started = System.nanoTime();

        List<CustomerSummary> summaries = new ArrayList<>();
        List<SpendSummary> spends = new ArrayList<>();
        List<RfmValues> rfmValues = new ArrayList<>();
        histories.forEachHistory(asOf, history -> {
            summaries.add(history.summary());
            rfmValues.add(RfmValues.of(history, asOf));
            if (history.hasRepeatPurchases()) {
                spends.add(history.spend());
            }
        });
        if (summaries.size() < MIN_CUSTOMERS_WITH_PURCHASES || spends.size() < MIN_CUSTOMERS_WITH_REPEAT_PURCHASES) {
            throw new InvalidRequestException("asOf", ("Not enough purchases up to %s to fit the model: %d customers "
                    + "with purchases (at least %d needed), %d with repeat purchases (at least %d needed)")
                    .formatted(asOf, summaries.size(), MIN_CUSTOMERS_WITH_PURCHASES, spends.size(),
                            MIN_CUSTOMERS_WITH_REPEAT_PURCHASES));
        }
        BgNbdFit bgNbd = BgNbdFitter.fit(summaries);
        GammaGammaFit gammaGamma = GammaGammaFitter.fit(spends);
        List<RfmScore> rfmScores = RfmScoring.score(rfmValues);
        LifetimeValueCalculator lifetimeValue = new LifetimeValueCalculator(new BgNbdModel(bgNbd.parameters()),
                new GammaGammaModel(gammaGamma.parameters()));
        ValueTiers tiers = ValueTiers.tertiles(lifetimeValues(summaries, spends, lifetimeValue));

        long fitId = fits.insert(new ModelFit(0, asOf, properties.timeUnitName(), OffsetDateTime.now(clock),
                0, summaries.size(), spends.size(), bgNbd.parameters(),
                bgNbd.logLikelihood(), gammaGamma.parameters(), gammaGamma.logLikelihood(),
                properties.clvHorizonMonths()));
        score(asOf, fitId, lifetimeValue, rfmScores, tiers);
        writer.addProspects(fitId);
        fits.updateCustomerCount(fitId, writer.count());

        ModelFit fit = fits.latest().orElseThrow();
        log.info("Customer model as of {}: {} customers, BG/NBD {} (LL {}), Gamma-Gamma {} in {} ms", asOf,
                fit.customers(), bgNbd.parameters(), Math.round(bgNbd.logLikelihood() * 10) / 10.0,
                gammaGamma.parameters(), (System.nanoTime() - started) / 1_000_000);
        return fit;
    }

    /**
     * Every customer's lifetime value from the first pass, in its order, so the value tiers are known before the
     * second pass writes the rows: setting them afterwards took two updates of every row. {@code spends} holds the
     * customers with repeat purchases in that same order; the others' mean repeat value is not used.
     */
    private double[] lifetimeValues(List<CustomerSummary> summaries, List<SpendSummary> spends,
            LifetimeValueCalculator lifetimeValue) {
        ClvHorizon horizon = properties.clvHorizon();
        double[] values = new double[summaries.size()];
        Iterator<SpendSummary> repeaters = spends.iterator();
        for (int i = 0; i < values.length; i++) {
            CustomerSummary summary = summaries.get(i);
            double meanRepeatValue = summary.x() > 0 ? repeaters.next().meanValue() : 0;
            values[i] = lifetimeValue.lifetimeValue(summary, meanRepeatValue, horizon);
        }
        return values;
    }

    /** The second pass: one row per customer with purchases, in the order of the first pass. */
    private void score(LocalDate asOf, long fitId, LifetimeValueCalculator lifetimeValue, List<RfmScore> rfmScores,
            ValueTiers tiers) {
        BgNbdModel transactions = lifetimeValue.transactions();
        GammaGammaModel spend = lifetimeValue.spend();
        ClvHorizon horizon = properties.clvHorizon();
        double unit = properties.daysPerTimeUnit();
        int[] index = {0};
        try (CustomerModelWriter.Batch batch = writer.start(fitId)) {
            histories.forEachHistory(asOf, history -> {
                int i = index[0]++;
                CustomerSummary summary = history.summary();
                double alive = transactions.probabilityAlive(summary);
                double value = lifetimeValue.lifetimeValue(history, horizon);
                batch.add(new CustomerModelRow(history.customerId(), history.firstPurchase(), history.lastPurchase(),
                        ChronoUnit.DAYS.between(history.lastPurchase(), asOf), (int) summary.x(),
                        history.transactions(), history.totalValue(), history.totalValue() / history.transactions(),
                        rfmScores.get(i), alive, transactions.expectedTransactions(summary, 30 / unit),
                        transactions.expectedTransactions(summary, 90 / unit),
                        spend.expectedTransactionValue(summary.x(), history.meanRepeatValue()), value,
                        MicroSegment.of(lifecycle, tiers, CustomerActivity.of(history, alive), asOf, value)));
            });
        }
    }
}
