package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.templates.Sender;
import io.retentionflow.templates.SenderDefaultRepository;
import io.retentionflow.templates.SenderDefaults;
import io.retentionflow.templates.SenderProperties;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignPlanValidatorTest {

    private static final List<BrontoMessage> OPTIMOVE = List.of(
            new BrontoMessage("m1", "Winback", "f1", null, null, null),
            new BrontoMessage("m2", "Winback, softer", "f1", null, null, null));

    private final CampaignPlanValidator validator = new CampaignPlanValidator(
            noStoredDefaults(new SenderProperties("Shop", "news@shop.example", "care@shop.example")));

    /** Only the settings: the store answers nothing for every scope. */
    private static SenderDefaults noStoredDefaults(SenderProperties settings) {
        return new SenderDefaults(mock(SenderDefaultRepository.class), settings);
    }

    private static CampaignPlanRequest valid() {
        return new CampaignPlanRequest("Winback at-risk", 5L, "m1", null, null, null, null, "09:30",
                "Europe/Berlin", "2025-06-02", "2025-06-30", List.of("MON", "thursday"), null, null, null, null, null);
    }

    private static CampaignPlanRequest with(String field, Object value) {
        CampaignPlanRequest r = valid();
        return new CampaignPlanRequest(
                field.equals("name") ? (String) value : r.name(),
                field.equals("targetGroupId") ? (Long) value : r.targetGroupId(),
                field.equals("templateId") ? (String) value : r.templateId(),
                field.equals("variantTemplateId") ? (String) value : r.variantTemplateId(),
                field.equals("splitA") ? (Integer) value : r.splitA(),
                field.equals("splitB") ? (Integer) value : r.splitB(),
                field.equals("abTestMetric") ? (String) value : r.abTestMetric(),
                field.equals("sendTime") ? (String) value : r.sendTime(),
                field.equals("timeZone") ? (String) value : r.timeZone(),
                field.equals("startDate") ? (String) value : r.startDate(),
                field.equals("endDate") ? (String) value : r.endDate(),
                field.equals("weekdays") ? castList(value) : r.weekdays(),
                field.equals("controlPercent") ? (Integer) value : r.controlPercent(),
                field.equals("fromName") ? (String) value : r.fromName(),
                field.equals("fromEmail") ? (String) value : r.fromEmail(),
                field.equals("replyTo") ? (String) value : r.replyTo(),
                r.active());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private CampaignPlanValues validate(CampaignPlanRequest request) {
        return validator.validate(request, OPTIMOVE, id -> id == 5L);
    }

    private Map<String, String> errors(CampaignPlanRequest request) {
        try {
            validate(request);
        } catch (InvalidCampaignPlanException e) {
            return e.errors();
        }
        throw new AssertionError("expected the plan to be refused");
    }

    @Test
    void aValidPlanWithDefaults() {
        CampaignPlanValues plan = validate(valid());
        assertThat(plan.templateName()).isEqualTo("Winback");
        assertThat(plan.controlPercent()).isEqualTo(10);
        assertThat(plan.sendTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(plan.schedule()).isEqualTo(new CampaignSchedule(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 30),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)));
        assertThat(plan.active()).isTrue();
        assertThat(plan.splitAPercent()).isNull();
        assertThat(plan.fromEmail()).isNull();
    }

    @Test
    void aOneDatePlanEndsOnItsStart() {
        CampaignPlanValues plan = validate(new CampaignPlanRequest("One day", 5L, "m1", null, null, null, null, "18:00",
                "UTC", "2025-06-03", "", null, 0, null, null, null, false));
        assertThat(plan.schedule().end()).isEqualTo(plan.schedule().start());
        assertThat(plan.active()).isFalse();
    }

    @Test
    void anAbTest() {
        CampaignPlanRequest request = new CampaignPlanRequest("A/B", 5L, "m1", "m2", 60, 40, null, "09:30", "UTC",
                "2025-06-02", null, null, 20, "Shop team", "team@shop.example", "reply@shop.example", true);
        CampaignPlanValues plan = validate(request);
        assertThat(plan.splitAPercent()).isEqualTo(60);
        assertThat(plan.abTestMetric()).isEqualTo(AbTestMetric.CLICKS);
        assertThat(plan.variantTemplateName()).isEqualTo("Winback, softer");
        assertThat(plan.fromName()).isEqualTo("Shop team");
    }

    @Test
    void eachProblemHasItsMessage() {
        assertThat(errors(with("name", " "))).containsEntry("name", "name: give the campaign a name");
        assertThat(errors(with("targetGroupId", 99L))).containsEntry("targetGroupId", "targetGroupId: unknown target group 99");
        assertThat(errors(with("targetGroupId", null))).containsEntry("targetGroupId", "targetGroupId: choose a target group");
        assertThat(errors(with("templateId", "m9")))
                .containsEntry("templateId", "templateId: template m9 is not in Bronto's Optimove folder");
        assertThat(errors(with("timeZone", "Mars/Olympus"))).containsEntry("timeZone", "timeZone: unknown time zone 'Mars/Olympus'");
        assertThat(errors(with("sendTime", "9 o'clock"))).containsEntry("sendTime", "sendTime: '9 o'clock' is not a time of day HH:mm");
        assertThat(errors(with("controlPercent", 51)))
                .containsEntry("controlPercent", "controlPercent: the control group is 0 to 50 percent, not 51");
        assertThat(errors(with("controlPercent", -1))).containsKey("controlPercent");
        assertThat(errors(with("endDate", "2025-06-01"))).containsEntry("endDate", "endDate: the end 2025-06-01 is before the start 2025-06-02");
        assertThat(errors(with("startDate", "02.06.2025"))).containsEntry("startDate", "startDate: '02.06.2025' is not a date YYYY-MM-DD");
        assertThat(errors(with("weekdays", List.of("FUNDAY")))).containsEntry("weekdays", "weekdays: 'FUNDAY' is not a day of the week (MON … SUN)");
        assertThat(errors(with("fromEmail", "news at shop"))).containsEntry("fromEmail", "fromEmail: 'news at shop' is not an email address");
        assertThat(errors(with("replyTo", "a@b@c.example"))).containsEntry("replyTo", "replyTo: 'a@b@c.example' is not an email address");
        assertThat(errors(with("fromName", "Shop\r\nBcc: everyone@example.com"))).containsKey("fromName");
    }

    @Test
    void anAbSplitMustAddUpAndNeedsASecondTemplate() {
        CampaignPlanRequest split = new CampaignPlanRequest("A/B", 5L, "m1", "m2", 60, 50, null, "09:30", "UTC",
                "2025-06-02", null, null, null, null, null, null, null);
        assertThat(errors(split)).containsEntry("split", "split: the A/B split must be two shares of at least 1 adding up to 100, not 60 / 50");

        CampaignPlanRequest sameTemplate = new CampaignPlanRequest("A/B", 5L, "m1", "m1", 50, 50, null, "09:30", "UTC",
                "2025-06-02", null, null, null, null, null, null, null);
        assertThat(errors(sameTemplate)).containsEntry("variantTemplateId", "variantTemplateId: an A/B test needs a second, different template");

        CampaignPlanRequest variantOutside = new CampaignPlanRequest("A/B", 5L, "m1", "x7", 50, 50, null, "09:30", "UTC",
                "2025-06-02", null, null, null, null, null, null, null);
        assertThat(errors(variantOutside)).containsEntry("variantTemplateId", "variantTemplateId: template x7 is not in Bronto's Optimove folder");

        assertThat(errors(with("splitA", 50))).containsEntry("variantTemplateId", "variantTemplateId: an A/B split needs a second template");
    }

    @Test
    void anAbTestIsDecidedOnOpensOrClicksInAnyCaseAndOnClicksWhenLeftEmpty() {
        assertThat(validate(abTestOn("opens")).abTestMetric()).isEqualTo(AbTestMetric.OPENS);
        assertThat(validate(abTestOn(" OPENS ")).abTestMetric()).isEqualTo(AbTestMetric.OPENS);
        assertThat(validate(abTestOn("clicks")).abTestMetric()).isEqualTo(AbTestMetric.CLICKS);
        assertThat(validate(abTestOn("")).abTestMetric()).isEqualTo(AbTestMetric.CLICKS);
        assertThat(validate(abTestOn(null)).abTestMetric()).isEqualTo(AbTestMetric.CLICKS);
    }

    @Test
    void anyOtherMetricIsRefusedWithoutEchoingIt() {
        for (String metric : List.of("views", "clicks'; drop table x--", "c".repeat(10_000))) {
            assertThat(errors(abTestOn(metric))).containsOnlyKeys("abTestMetric")
                    .containsEntry("abTestMetric", "abTestMetric: an A/B test is decided on opens or clicks");
        }
    }

    @Test
    void withoutAnAbTestTheMetricIsIgnored() {
        assertThat(validate(with("abTestMetric", "opens")).abTestMetric()).isNull();
        assertThat(validate(with("abTestMetric", "views")).abTestMetric()).isNull();
    }

    private static CampaignPlanRequest abTestOn(String metric) {
        return new CampaignPlanRequest("A/B", 5L, "m1", "m2", 50, 50, metric, "09:30", "UTC", "2025-06-02", null, null,
                null, null, null, null, null);
    }

    @Test
    void weekdaysThatNeverOccurInTheRangeAreRefused() {
        // 2025-06-02 (Monday) to 2025-06-03 (Tuesday), asked for Fridays
        CampaignPlanRequest request = new CampaignPlanRequest("Never", 5L, "m1", null, null, null, null, "09:30",
                "UTC", "2025-06-02", "2025-06-03", List.of("FRI"), null, null, null, null, null);
        assertThat(errors(request)).containsEntry("weekdays", "weekdays: no date from 2025-06-02 to 2025-06-03 falls on the chosen weekdays");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CampaignPlanRequest request = new CampaignPlanRequest("", null, "m9", null, null, null, null, "25:00",
                "Nowhere", "", null, null, 80, null, "bad", null, null);
        assertThat(errors(request)).containsOnlyKeys("name", "targetGroupId", "templateId", "sendTime", "timeZone",
                "startDate", "controlPercent", "fromEmail");
        assertThatThrownBy(() -> validate(request)).hasMessageStartingWith("name: give the campaign a name; ");
    }

    @Test
    void withoutDefaultsASenderMustBeGiven() {
        CampaignPlanValidator noDefaults = new CampaignPlanValidator(noStoredDefaults(new SenderProperties(null, "", null)));
        assertThatThrownBy(() -> noDefaults.validate(valid(), OPTIMOVE, id -> true))
                .isInstanceOfSatisfying(InvalidCampaignPlanException.class, e -> assertThat(e.errors())
                        .containsEntry("fromName", "fromName: give a From name (no campaigns.default-from-name is set)")
                        .containsEntry("fromEmail", "fromEmail: give a From address (no campaigns.default-from-email is set)"));
    }

    @Test
    void aTemplateDefaultIsADefaultForTheNoDefaultCheck() {
        SenderDefaultRepository store = mock(SenderDefaultRepository.class);
        when(store.find("m1")).thenReturn(Optional.of(new Sender("Template team", "template@shop.example", null)));
        CampaignPlanValidator withTemplateDefault = new CampaignPlanValidator(
                new SenderDefaults(store, new SenderProperties(null, "", null)));

        assertThat(withTemplateDefault.validate(valid(), OPTIMOVE, id -> true).fromName()).isNull();
        assertThatThrownBy(() -> withTemplateDefault.validate(with("templateId", "m2"), OPTIMOVE, id -> true))
                .isInstanceOfSatisfying(InvalidCampaignPlanException.class, e -> assertThat(e.errors())
                        .containsKeys("fromName", "fromEmail"));
    }
}
