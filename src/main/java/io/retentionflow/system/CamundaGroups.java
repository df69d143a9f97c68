package io.retentionflow.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups the processes name: {@code marketers} are candidates for the campaigns' user tasks,
 * {@code operators} watch the runs. Created once, as Camunda groups, so Admin manages who is in them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CamundaGroups implements ApplicationRunner {

    static final String MARKETERS = "marketers";
    static final String OPERATORS = "operators";

    private final IdentityService identity;

    CamundaGroups(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(MARKETERS, "Marketers");
        create(OPERATORS, "Operators");
    }

    private void create(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
