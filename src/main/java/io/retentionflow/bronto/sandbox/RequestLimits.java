package io.retentionflow.bronto.sandbox;

import java.util.List;
import java.util.Objects;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bronto's request-level limits: objects per write call and page sizes. Breaking one is a fault, not a result. */
@Component
@Profile("sandbox")
public class RequestLimits {

    static final int MIN_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 5000;

    private final SandboxProperties properties;

    public RequestLimits(SandboxProperties properties) {
        this.properties = properties;
    }

    /** @return the objects without the nil entries a nillable repeated element may carry */
    public <T> List<T> requireObjects(List<T> objects) {
        List<T> present = objects.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            throw new SandboxFault(FaultCode.EMPTY_INPUT);
        }
        if (present.size() > properties.maxObjectsPerCall()) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST,
                    "At most " + properties.maxObjectsPerCall() + " objects are accepted in one call.");
        }
        return present;
    }

    public Page page(int pageNumber, Integer pageSize) {
        if (pageNumber < 1) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST, "pageNumber starts at 1.");
        }
        if (pageSize != null && pageSize > MAX_PAGE_SIZE) {
            throw new SandboxFault(FaultCode.PAGE_SIZE_ABOVE_MAXIMUM, "The page size is above the maximum of " + MAX_PAGE_SIZE + ".");
        }
        if (pageSize != null && pageSize < MIN_PAGE_SIZE) {
            throw new SandboxFault(FaultCode.PAGE_SIZE_BELOW_MINIMUM, "The page size is below the minimum of " + MIN_PAGE_SIZE + ".");
        }
        int size = pageSize != null ? pageSize : properties.pageSize();
        long offset = (long) (pageNumber - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST, "pageNumber is too large.");
        }
        return new Page((int) offset, size);
    }
}
