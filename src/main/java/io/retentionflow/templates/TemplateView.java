package io.retentionflow.templates;

/**
 * A template of the Optimove folder on the Templates page: what Bronto holds, the defaults stored
 * for it (null fields inherit) and the sender its deliveries get when a plan overrides nothing.
 */
public record TemplateView(String id, String name, String subject, String previewUrl, Sender stored,
        SourcedSender effective) {

    static String previewUrl(String templateId) {
        return "/campaigns/templates/" + templateId + "/preview";
    }
}
