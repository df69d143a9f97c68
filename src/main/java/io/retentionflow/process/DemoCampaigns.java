package io.retentionflow.process;

import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.campaigns.CampaignPlanRequest;
import io.retentionflow.campaigns.CampaignPlanService;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.targeting.TargetGroup;
import io.retentionflow.targeting.TargetGroupDraft;
import io.retentionflow.targeting.TargetGroupService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's campaigns: on a sandbox's first start, two target groups, two campaigns due today (one
 * with an A/B test) a quarter of an hour from now, and the nightly run for today, so approval tasks
 * wait in Tasklist a minute after start and the campaigns send ten minutes later. The demo login joins {@code marketers}, the group those tasks are for.
 */
@Component
@Profile("sandbox")
@ConditionalOnProperty(name = "imports.demo-data", havingValue = "true", matchIfMissing = true)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoCampaigns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final TargetGroupService targetGroups;
    private final CampaignPlanService plans;
    private final OptimoveTemplates templates;
    private final NightlyRuns nightlyRuns;
    private final IdentityService identity;
    private final String demoUser;
    private final Environment environment;
    private final Clock clock;

    DemoCampaigns(TargetGroupService targetGroups, CampaignPlanService plans, OptimoveTemplates templates,
            NightlyRuns nightlyRuns, IdentityService identity,
            @Value("${camunda.bpm.admin-user.id:demo}") String demoUser, Environment environment, Clock clock) {
        this.targetGroups = targetGroups;
        this.plans = plans;
        this.templates = templates;
        this.nightlyRuns = nightlyRuns;
        this.identity = identity;
        this.demoUser = demoUser;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the templates come from the sandbox, this server: without one listening there is no demo to plan
        boolean serving = environment.containsProperty("local.server.port");
        if (!serving || !targetGroups.list().isEmpty() || !plans.list().isEmpty()) {
            return;
        }
        if (identity.createUserQuery().userId(demoUser).memberOfGroup("marketers").count() == 0) {
            identity.createMembership(demoUser, "marketers");
        }
        List<BrontoMessage> optimove = templates.list();
        TargetGroup atRisk = targetGroups.create(new TargetGroupDraft("At risk, high value",
                "Valuable customers the model is losing: the classic win-back",
                "{\"all\":[{\"field\":\"stage\",\"op\":\"=\",\"value\":\"at_risk\"},"
                        + "{\"field\":\"value_tier\",\"op\":\"=\",\"value\":\"high\"}]}"));
        TargetGroup lapsed = targetGroups.create(new TargetGroupDraft("Lapsed, medium or high value",
                "Gone quiet for half a year, worth a second chance",
                "{\"all\":[{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"},"
                        + "{\"field\":\"value_tier\",\"op\":\"in\",\"value\":[\"medium\",\"high\"]}]}"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalTime now = LocalTime.now(clock.withZone(ZoneOffset.UTC));
        // a quarter of an hour from now, but today: late in the evening the day's last minute
        LocalTime send = now.isBefore(LocalTime.of(23, 44)) ? now.plusMinutes(15) : LocalTime.of(23, 59);
        String sendTime = send.truncatedTo(ChronoUnit.MINUTES).toString();
        plans.create(new CampaignPlanRequest("Win back the valuable", atRisk.id(), optimove.get(0).id(), null, null,
                null, null, sendTime, "UTC", today.toString(), null, List.of(), 10, null, null, null, true));
        // a test of subject lines: the subject is what makes a customer open, so opens decide it
        plans.create(new CampaignPlanRequest("We miss you: which subject works?", lapsed.id(), optimove.get(1).id(),
                optimove.get(2).id(), 50, 50, "opens", sendTime, "UTC", today.toString(), null, List.of(), 10, null,
                null, null, true));
        nightlyRuns.runFor(today);
        log.info("Demo campaigns planned for {} at {} UTC; their approval tasks are in Tasklist", today, sendTime);
    }
}
