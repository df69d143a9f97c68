package io.retentionflow.campaigns;

import io.retentionflow.support.PostgresTestDatabase;
import io.retentionflow.support.RequiresPostgres;
import io.retentionflow.targeting.TargetGroupRepository;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.templates.SenderDefaultRepository;
import io.retentionflow.templates.SenderDefaults;
import io.retentionflow.templates.SenderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Campaign plans on PostgreSQL, production's database, in a database of its own. */
@RequiresPostgres
@ActiveProfiles("postgres")
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnableConfigurationProperties(SenderProperties.class)
@Import({CampaignPlanService.class, CampaignPlanRepository.class, CampaignPlanValidator.class, OptimoveTemplates.class,
        TargetGroupRepository.class, SenderDefaults.class, SenderDefaultRepository.class})
class CampaignPlanSqlPostgresTest extends CampaignPlanSqlContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "campaign_sql");
    }
}
