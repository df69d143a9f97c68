package io.retentionflow.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.MessageFolder;
import io.retentionflow.targeting.TargetGroupRepository;
import io.retentionflow.templates.Sender;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign plans stored and found due by the real database (V5 on H2 and PostgreSQL). Each test
 * rolls back; the annotation sits here because Spring looks for it where the test method is declared.
 */
@Transactional
abstract class CampaignPlanSqlContract {

    @Autowired
    CampaignPlanService plans;

    @Autowired
    TargetGroupRepository targetGroups;

    @MockitoBean
    BrontoGateway bronto;

    private long group;

    @BeforeEach
    void optimoveFolderAndAGroup() {
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", false)).thenReturn(List.of(
                new BrontoMessage("m1", "Winback", "f1", null, null, null),
                new BrontoMessage("m2", "Winback, softer", "f1", null, null, null)));
        group = targetGroups.insert("At risk", null, "{\"field\":\"stage\",\"op\":\"=\",\"value\":\"at_risk\"}",
                OffsetDateTime.now());
    }

    private CampaignPlan create(String name, String start, String end, List<String> weekdays, String time, String zone) {
        return plans.create(new CampaignPlanRequest(name, group, "m1", "m2", 50, 50, "Opens", time, zone, start, end,
                weekdays, 15, null, "team@shop.example", null, true));
    }

    @Test
    void aPlanIsStoredAsGiven() {
        CampaignPlan plan = create("Weekly", "2025-06-02", "2025-06-29", List.of("MON", "THU"), "09:30", "Europe/Berlin");

        CampaignPlan stored = plans.get(plan.id());
        assertThat(stored.name()).isEqualTo("Weekly");
        assertThat(stored.targetGroupName()).isEqualTo("At risk");
        assertThat(stored.templateName()).isEqualTo("Winback");
        assertThat(stored.variantTemplateName()).isEqualTo("Winback, softer");
        assertThat(stored.splitAPercent()).isEqualTo(50);
        assertThat(stored.abTestMetric()).isEqualTo(AbTestMetric.OPENS);
        assertThat(stored.sendTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(stored.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(stored.schedule().weekdays()).isEqualTo(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        assertThat(stored.controlPercent()).isEqualTo(15);
        assertThat(stored.fromName()).isNull();
        assertThat(stored.fromEmail()).isEqualTo("team@shop.example");
        assertThat(stored.active()).isTrue();
    }

    @Test
    void dueCampaignsOnADate() {
        CampaignPlan once = create("Once", "2025-06-05", null, List.of(), "18:00", "America/New_York");
        CampaignPlan weekly = create("Weekly", "2025-06-02", "2025-06-29", List.of("MON", "THU"), "09:30", "Europe/Berlin");
        CampaignPlan daily = create("Daily", "2025-06-01", "2025-06-10", List.of(), "07:00", "UTC");
        CampaignPlan paused = create("Paused", "2025-06-01", "2025-06-30", List.of(), "07:00", "UTC");
        plans.setActive(paused.id(), false);

        // Thursday 5 June: all but the paused one
        List<DueCampaign> thursday = plans.dueOn(LocalDate.of(2025, 6, 5));
        assertThat(thursday).extracting(due -> due.plan().id()).containsExactlyInAnyOrder(once.id(), weekly.id(), daily.id());
        assertThat(thursday).filteredOn(due -> due.plan().id() == once.id()).singleElement()
                .satisfies(due -> assertThat(due.sendAt()).isEqualTo(OffsetDateTime.parse("2025-06-05T18:00-04:00")));
        assertThat(thursday).filteredOn(due -> due.plan().id() == weekly.id()).singleElement()
                .satisfies(due -> {
                    assertThat(due.sendAt()).isEqualTo(OffsetDateTime.parse("2025-06-05T09:30+02:00"));
                    assertThat(due.sender()).isEqualTo(new Sender("Retention Flow", "team@shop.example", "service@example.com"));
                });
        // Friday 6 June: only the daily one
        assertThat(plans.dueOn(LocalDate.of(2025, 6, 6))).extracting(due -> due.plan().id()).containsExactly(daily.id());
        // Monday 16 June: only the weekly one, the daily range is over
        assertThat(plans.dueOn(LocalDate.of(2025, 6, 16))).extracting(due -> due.plan().id()).containsExactly(weekly.id());

        plans.setActive(paused.id(), true);
        assertThat(plans.dueOn(LocalDate.of(2025, 6, 20))).extracting(due -> due.plan().id()).containsExactly(paused.id());
    }

    @Test
    void theMetricDecidingAnAbTestCanBeChanged() {
        CampaignPlan plan = create("Weekly", "2025-06-02", "2025-06-29", List.of("MON"), "09:30", "Europe/Berlin");
        plans.update(plan.id(), new CampaignPlanRequest("Weekly", group, "m1", "m2", 50, 50, "clicks", "09:30",
                "Europe/Berlin", "2025-06-02", "2025-06-29", List.of("MON"), 15, null, "team@shop.example", null, true));
        assertThat(plans.get(plan.id()).abTestMetric()).isEqualTo(AbTestMetric.CLICKS);
    }

    @Test
    void aPlanCanBeChangedAndDeleted() {
        CampaignPlan plan = create("Weekly", "2025-06-02", "2025-06-29", List.of("MON"), "09:30", "Europe/Berlin");
        CampaignPlan changed = plans.update(plan.id(), new CampaignPlanRequest("Weekly, no test", group, "m2", null, null,
                null, "opens", "10:00", "UTC", "2025-06-02", null, List.of(), 0, "Shop", null, "care@shop.example", false));
        assertThat(changed.variantTemplateId()).isNull();
        assertThat(changed.abTestMetric()).isNull();
        assertThat(changed.templateName()).isEqualTo("Winback, softer");
        assertThat(changed.schedule().end()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(changed.active()).isFalse();
        plans.delete(plan.id());
        assertThat(plans.list()).isEmpty();
    }
}
