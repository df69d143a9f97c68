package io.retentionflow.process;

import io.retentionflow.customers.DropFolderImport;
import io.retentionflow.modeling.ModelRefreshService;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the nightly run does before campaigns: import the files waiting in the drop folder, then
 * refit the model on the purchases up to the day before the run. A base too small to fit keeps its
 * model (a new installation has none yet); the campaigns then target on what there is.
 */
@Service
public class CustomerDataRefresh {

    private static final Logger log = LoggerFactory.getLogger(CustomerDataRefresh.class);

    private final DropFolderImport dropFolder;
    private final ModelRefreshService model;

    CustomerDataRefresh(DropFolderImport dropFolder, ModelRefreshService model) {
        this.dropFolder = dropFolder;
        this.model = model;
    }

    public void refreshFor(LocalDate runDate) {
        dropFolder.importWaitingFiles();
        if (model.hasEnoughPurchasesToFit()) {
            model.refresh(runDate.minusDays(1));
        } else {
            log.info("Too few repeat purchases to fit the customer model; the nightly run keeps the one there is");
        }
    }
}
