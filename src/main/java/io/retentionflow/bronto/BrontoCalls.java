package io.retentionflow.bronto;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.retentionflow.system.MeterNames;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Every call to Bronto, measured where {@link BrontoSoapTransport} makes it: a {@code bronto.calls} timer
 * per operation, outcome and Bronto code, and the last call's outcome, which {@link BrontoHealthIndicator}
 * reports so that a health probe never has to call Bronto itself.
 */
@Component
public class BrontoCalls {

    /** How a call ended: the {@code outcome} tag. */
    enum Outcome {
        SUCCESS,
        /** Unreachable, a timeout, an HTTP error (503), faults 101/108/113, an answer that is not the contract's. */
        UNAVAILABLE,
        /** The token, its permissions or the caller's IP (102, 104, 109, 111, 119–121). */
        AUTHENTICATION,
        /** Fault 103: the transport signs in again and repeats the call once. */
        SESSION_EXPIRED,
        /** Bronto understood the request and refused it. */
        REJECTED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The call that ended last; {@code code} is Bronto's, 0 when it gave none. */
    record LastCall(String operation, Outcome outcome, int code, Instant at) {}

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicReference<LastCall> last = new AtomicReference<>();

    public BrontoCalls(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Runs one call to Bronto and records how long it took and how it ended; what it throws passes through. */
    <T> T measure(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start(registry);
        try {
            T result = call.get();
            record(sample, operation, Outcome.SUCCESS, 0);
            return result;
        } catch (BrontoException e) {
            record(sample, operation, outcomeOf(e), e.code());
            throw e;
        } catch (RuntimeException e) {
            record(sample, operation, Outcome.UNAVAILABLE, 0);
            throw e;
        }
    }

    Optional<LastCall> last() {
        return Optional.ofNullable(last.get());
    }

    private void record(Timer.Sample sample, String operation, Outcome outcome, int code) {
        sample.stop(Timer.builder(MeterNames.BRONTO_CALLS)
                .description("Calls to Bronto's SOAP API by operation and outcome")
                .tag(MeterNames.TAG_OPERATION, operation)
                .tag(MeterNames.TAG_OUTCOME, outcome.tag())
                .tag(MeterNames.TAG_CODE, codeTag(code))
                .register(registry));
        last.set(new LastCall(operation, outcome, code, clock.instant()));
    }

    /** Fault 116 ends every paged read: Bronto's normal answer, not a refusal. */
    private static Outcome outcomeOf(BrontoException failure) {
        if (failure instanceof BrontoAuthenticationException) {
            return failure.code() == BrontoErrorCode.INVALID_SESSION_TOKEN.code()
                    ? Outcome.SESSION_EXPIRED : Outcome.AUTHENTICATION;
        }
        if (failure instanceof BrontoRejectedException) {
            return failure.code() == BrontoErrorCode.END_OF_QUERY.code() ? Outcome.SUCCESS : Outcome.REJECTED;
        }
        return Outcome.UNAVAILABLE;
    }

    /** Bronto's documented codes only: a server answering with arbitrary numbers must not grow the tag's values. */
    private static String codeTag(int code) {
        if (code == 0) {
            return "none";
        }
        return BrontoErrorCode.of(code).map(known -> String.valueOf(known.code())).orElse("other");
    }
}
