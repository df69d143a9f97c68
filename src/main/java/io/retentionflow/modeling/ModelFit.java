package io.retentionflow.modeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One refresh of the customer model: the parameters fitted on the whole base, with the data they
 * were fitted on and how well they fit. Served as {@code GET /api/model}.
 *
 * @param customers        customers modelled (all of them; prospects included)
 * @param customersFitted  customers with purchases, on whom BG/NBD was fitted
 * @param spendersFitted   customers with repeat purchases, on whom Gamma-Gamma was fitted
 */
public record ModelFit(
        long id,
        LocalDate asOf,
        String timeUnit,
        OffsetDateTime fittedAt,
        long customers,
        long customersFitted,
        long spendersFitted,
        BgNbdParameters bgNbd,
        double bgNbdLogLikelihood,
        GammaGammaParameters gammaGamma,
        double gammaGammaLogLikelihood,
        int clvHorizonMonths) {}
