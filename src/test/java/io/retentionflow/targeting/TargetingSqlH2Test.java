package io.retentionflow.targeting;

import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The targeting SQL on H2 (regular mode), the embedded default's database. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@AutoConfigureJson
@Import({TargetGroupService.class, TargetGroupRepository.class, TargetGroupPreviewQuery.class, RuleParser.class,
        RuleCompiler.class, DiscoveryService.class})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:targeting-sql;DB_CLOSE_DELAY=-1")
class TargetingSqlH2Test extends TargetingSqlContract {}
