package io.retentionflow.modeling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo should not open on empty Discovery and Customers pages: on a sandbox start with no model
 * yet, the model is computed once from the demo data, after the demo data is loaded. Later refreshes
 * are the nightly run's (and {@code POST /api/model/refresh}).
 */
@Component
@Profile("sandbox")
@Order(0) // after the demo data, before anything that targets customers
class DemoModelRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoModelRefresh.class);

    private final ModelFitStore fits;
    private final ModelRefreshService refresh;

    DemoModelRefresh(ModelFitStore fits, ModelRefreshService refresh) {
        this.fits = fits;
        this.refresh = refresh;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (fits.latest().isEmpty() && refresh.hasEnoughPurchasesToFit()) {
            ModelFit fit = refresh.refreshAsOfYesterday();
            log.info("Demo customer model computed as of {} for {} customers", fit.asOf(), fit.customers());
        }
    }
}
