package io.retentionflow.campaigns;

import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.system.PlainText;
import io.retentionflow.templates.Sender;
import io.retentionflow.templates.SenderDefaults;
import io.retentionflow.templates.SenderRules;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted campaign plan and collects every problem, each on its field, so a marketer
 * fixes them all in one go.
 */
@Component
public class CampaignPlanValidator {

    public static final int DEFAULT_CONTROL_PERCENT = 10;
    static final int MAX_CONTROL_PERCENT = 50;
    static final int MAX_NAME = 200;

    /** YYYY-MM-DD with a year of four digits: ISO's "+999999999-12-31" is a date no schedule can count to. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2).toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private final SenderDefaults senders;

    public CampaignPlanValidator(SenderDefaults senders) {
        this.senders = senders;
    }

    /**
     * @param templates          the templates of the Optimove folder
     * @param targetGroupExists  whether a target group id is known
     */
    public CampaignPlanValues validate(CampaignPlanRequest request, List<BrontoMessage> templates,
            LongPredicate targetGroupExists) {
        Map<String, String> errors = new LinkedHashMap<>();

        String name = trim(request.name());
        if (name == null) {
            errors.put("name", "name: give the campaign a name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "name: at most " + MAX_NAME + " characters");
        } else if (!PlainText.isOneLine(name)) {
            errors.put("name", "name: one line, without control characters");
        }

        if (request.targetGroupId() == null) {
            errors.put("targetGroupId", "targetGroupId: choose a target group");
        } else if (!targetGroupExists.test(request.targetGroupId())) {
            errors.put("targetGroupId", "targetGroupId: unknown target group " + request.targetGroupId());
        }

        String templateId = trim(request.templateId());
        Optional<BrontoMessage> template = template(templateId, templates, "templateId", errors);
        String variantId = trim(request.variantTemplateId());
        Optional<BrontoMessage> variant = Optional.empty();
        Integer splitA = null;
        // without a test the metric is ignored, not refused: the form sends its choice either way
        AbTestMetric metric = null;
        if (variantId != null) {
            variant = template(variantId, templates, "variantTemplateId", errors);
            if (variantId.equals(templateId)) {
                errors.put("variantTemplateId", "variantTemplateId: an A/B test needs a second, different template");
            }
            splitA = split(request.splitA(), request.splitB(), errors);
            metric = metric(request.abTestMetric(), errors);
        } else if (request.splitA() != null || request.splitB() != null) {
            errors.put("variantTemplateId", "variantTemplateId: an A/B split needs a second template");
        }

        LocalTime sendTime = null;
        String sendTimeText = trim(request.sendTime());
        if (sendTimeText == null) {
            errors.put("sendTime", "sendTime: give the time of day to send, e.g. 09:30");
        } else {
            try {
                sendTime = LocalTime.parse(sendTimeText);
            } catch (DateTimeParseException e) {
                errors.put("sendTime", "sendTime: '" + sendTimeText + "' is not a time of day HH:mm");
            }
        }

        String zone = trim(request.timeZone());
        if (zone == null) {
            errors.put("timeZone", "timeZone: give the time zone of the send time, e.g. Europe/Berlin");
        } else {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                errors.put("timeZone", "timeZone: unknown time zone '" + zone + "'");
            }
        }

        CampaignSchedule schedule = schedule(request, errors);

        int control = request.controlPercent() == null ? DEFAULT_CONTROL_PERCENT : request.controlPercent();
        if (control < 0 || control > MAX_CONTROL_PERCENT) {
            errors.put("controlPercent", "controlPercent: the control group is 0 to " + MAX_CONTROL_PERCENT
                    + " percent, not " + control);
        }

        String fromName = trim(request.fromName());
        String nameProblem = SenderRules.nameProblem(fromName);
        if (nameProblem != null) {
            errors.put("fromName", "fromName: " + nameProblem);
        }
        String fromEmail = email(request.fromEmail(), "fromEmail", errors);
        String replyTo = email(request.replyTo(), "replyTo", errors);
        if ((fromName == null && nameProblem == null) || (fromEmail == null && !errors.containsKey("fromEmail"))) {
            // the defaults of the template, global and the settings, as the nightly run will apply them
            Sender inherited = senders.senderFor(template.map(BrontoMessage::id).orElse(null), Sender.NONE);
            if (fromName == null && nameProblem == null && inherited.fromName() == null) {
                errors.put("fromName", "fromName: give a From name (no campaigns.default-from-name is set)");
            }
            if (fromEmail == null && !errors.containsKey("fromEmail") && inherited.fromEmail() == null) {
                errors.put("fromEmail", "fromEmail: give a From address (no campaigns.default-from-email is set)");
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidCampaignPlanException(errors);
        }
        return new CampaignPlanValues(name, request.targetGroupId(), templateId, template.map(BrontoMessage::name).orElse(null),
                variantId, variant.map(BrontoMessage::name).orElse(null), splitA, metric, sendTime, zone, schedule,
                control, fromName, fromEmail, replyTo, request.active() == null || request.active());
    }

    private static Optional<BrontoMessage> template(String id, List<BrontoMessage> templates, String field,
            Map<String, String> errors) {
        if (id == null) {
            errors.put(field, field + ": choose a template from Bronto's Optimove folder");
            return Optional.empty();
        }
        Optional<BrontoMessage> found = templates.stream().filter(message -> message.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            errors.put(field, field + ": template " + id + " is not in Bronto's Optimove folder");
        }
        return found;
    }

    private static Integer split(Integer a, Integer b, Map<String, String> errors) {
        if (a == null || b == null) {
            errors.put("split", "split: give the A/B split, e.g. 50 / 50");
            return null;
        }
        if (a < 1 || b < 1 || a + b != 100) {
            errors.put("split", "split: the A/B split must be two shares of at least 1 adding up to 100, not "
                    + a + " / " + b);
            return null;
        }
        return a;
    }

    /** Empty = clicks. A refused value is not echoed back: a client may send one as long or as odd as it likes. */
    private static AbTestMetric metric(String text, Map<String, String> errors) {
        String value = trim(text);
        if (value == null) {
            return AbTestMetric.CLICKS;
        }
        try {
            return AbTestMetric.fromStored(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("abTestMetric", "abTestMetric: an A/B test is decided on opens or clicks");
            return null;
        }
    }

    private static CampaignSchedule schedule(CampaignPlanRequest request, Map<String, String> errors) {
        LocalDate start = date(request.startDate(), "startDate", true, errors);
        LocalDate end = date(request.endDate(), "endDate", false, errors);
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String day : request.weekdays() == null ? List.<String>of() : request.weekdays()) {
            Optional<DayOfWeek> weekday = weekday(day);
            if (weekday.isEmpty()) {
                errors.put("weekdays", "weekdays: '" + day + "' is not a day of the week (MON … SUN)");
            } else {
                weekdays.add(weekday.get());
            }
        }
        if (start == null || errors.containsKey("endDate") || errors.containsKey("weekdays")) {
            return null;
        }
        if (end != null && end.isBefore(start)) {
            errors.put("endDate", "endDate: the end " + end + " is before the start " + start);
            return null;
        }
        CampaignSchedule schedule = new CampaignSchedule(start, end == null ? start : end, weekdays);
        if (!schedule.hasAnyDate()) {
            errors.put("weekdays", "weekdays: no date from " + schedule.start() + " to " + schedule.end()
                    + " falls on the chosen weekdays");
        }
        return schedule;
    }

    private static LocalDate date(String text, String field, boolean required, Map<String, String> errors) {
        String value = trim(text);
        if (value == null) {
            if (required) {
                errors.put(field, field + ": give the first send date");
            }
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            errors.put(field, field + ": '" + value + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static Optional<DayOfWeek> weekday(String text) {
        String day = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (day.length() >= 3 && weekday.name().startsWith(day)) {
                return Optional.of(weekday);
            }
        }
        return Optional.empty();
    }

    private static String email(String text, String field, Map<String, String> errors) {
        String value = trim(text);
        String problem = SenderRules.emailProblem(value);
        if (problem != null) {
            errors.put(field, field + ": " + problem);
        }
        return value;
    }

    private static String trim(String text) {
        return SenderRules.trim(text);
    }
}
