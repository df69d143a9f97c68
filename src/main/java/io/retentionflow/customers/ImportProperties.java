package io.retentionflow.customers;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The daily customer and transaction files.
 *
 * @param dropFolder    where files wait to be imported; {@code processing/}, {@code processed/} and
 *                      {@code failed/} are made inside it
 * @param maxUploadSize the largest file the upload endpoint accepts
 * @param timeZone      the zone of dates and date-times that carry no offset, and of "yesterday" for the demo data
 * @param demoData      with the sandbox profile, import the demo customers and purchases into an empty database
 */
@ConfigurationProperties("imports")
public record ImportProperties(
        @DefaultValue("./data/inbox") Path dropFolder,
        @DefaultValue("2GB") DataSize maxUploadSize,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("true") boolean demoData) {
}
