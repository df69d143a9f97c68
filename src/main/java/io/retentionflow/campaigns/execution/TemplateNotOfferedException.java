package io.retentionflow.campaigns.execution;

/** An approval named a template that Bronto's Optimove folder does not hold: the marketer must choose again. */
public class TemplateNotOfferedException extends RuntimeException {

    public TemplateNotOfferedException(String templateId) {
        super("Template " + templateId + " is not in Bronto's Optimove folder; choose one of the folder's templates");
    }
}
