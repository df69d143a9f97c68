package io.retentionflow.campaigns;

import io.retentionflow.targeting.TargetGroupRepository;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.templates.SenderDefaultRepository;
import io.retentionflow.templates.SenderDefaults;
import io.retentionflow.templates.SenderProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Campaign plans on H2 (regular mode), the embedded default's database. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnableConfigurationProperties(SenderProperties.class)
@Import({CampaignPlanService.class, CampaignPlanRepository.class, CampaignPlanValidator.class, OptimoveTemplates.class,
        TargetGroupRepository.class, SenderDefaults.class, SenderDefaultRepository.class})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:campaign-sql;DB_CLOSE_DELAY=-1")
class CampaignPlanSqlH2Test extends CampaignPlanSqlContract {}
