package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.soap.ResultItem;
import io.retentionflow.bronto.soap.WriteResult;

/** One resultItem per input object, in input order; {@code errors} holds the 0-based indexes of the failed ones. */
final class WriteResultBuilder {

    private final WriteResult result = new WriteResult();

    WriteResultBuilder success(String id, boolean isNew) {
        ResultItem item = new ResultItem();
        item.setId(id);
        item.setIsNew(isNew);
        item.setIsError(false);
        item.setErrorCode(FaultCode.OK.code());
        result.getResults().add(item);
        return this;
    }

    WriteResultBuilder error(FaultCode code) {
        return error(null, code);
    }

    /** @param id the object's id where it is known (e.g. the contact already on the list) */
    WriteResultBuilder error(String id, FaultCode code) {
        ResultItem item = new ResultItem();
        item.setId(id);
        item.setIsNew(false);
        item.setIsError(true);
        item.setErrorCode(code.code());
        item.setErrorString(code.message());
        result.getErrors().add(result.getResults().size());
        result.getResults().add(item);
        return this;
    }

    WriteResult build() {
        return result;
    }
}
