package io.retentionflow.templates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Sender defaults on H2 (regular mode), the embedded default's database. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@EnableConfigurationProperties(SenderProperties.class)
@Import({SenderDefaults.class, SenderDefaultRepository.class})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sender-defaults;DB_CLOSE_DELAY=-1")
class SenderDefaultStoreH2Test extends SenderDefaultStoreContract {}
