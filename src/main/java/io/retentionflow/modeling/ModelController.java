package io.retentionflow.modeling;

import io.retentionflow.system.NotFoundException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer model's parameters, and a refresh on demand. */
@RestController
@RequestMapping("/api/model")
class ModelController {

    private final ModelRefreshService refresh;
    private final ModelFitStore fits;

    ModelController(ModelRefreshService refresh, ModelFitStore fits) {
        this.refresh = refresh;
        this.fits = fits;
    }

    @GetMapping
    ModelFit latest() {
        return fits.latest().orElseThrow(() -> new NotFoundException(
                "No customer model yet: import purchases, then POST /api/model/refresh"));
    }

    /** Without {@code asOf}, the model as of yesterday, as the nightly run computes it. */
    @PostMapping("/refresh")
    ModelFit refresh(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return asOf == null ? refresh.refreshAsOfYesterday() : refresh.refresh(asOf);
    }
}
