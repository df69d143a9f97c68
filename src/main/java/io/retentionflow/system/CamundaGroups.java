package io.retentionflow.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.retentionflow.process.CampaignExecutionProcess;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups the product knows and what each may do in Camunda (its authorizations are on):
 * {@code marketers} work on the campaigns' user tasks in Tasklist, {@code operators} watch and repair the runs in
 * Cockpit, {@code admins} may do everything, like Camunda's own {@code camunda-admin}. {@link ProductRole} gives the
 * same groups their rights on the product's pages.
 * <p>
 * Everything is created once, when missing, and never changed afterwards: Admin is where people are put into
 * groups and rights are changed, and a restart must not undo that. A second node starting at the same moment may
 * create a row first; the unique keys of Camunda's tables refuse the duplicate and the row is then taken as there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CamundaGroups implements ApplicationRunner {

    static final String MARKETERS = "marketers";
    static final String OPERATORS = "operators";
    static final String ADMINS = "admins";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final String firstAdmin;

    CamundaGroups(IdentityService identity, AuthorizationService authorizations,
            @Value("${camunda.bpm.admin-user.id:}") String firstAdmin) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.firstAdmin = firstAdmin;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(MARKETERS, "Marketers");
        create(OPERATORS, "Operators");
        boolean adminsIsNew = identity.createGroupQuery().groupId(ADMINS).count() == 0;
        create(ADMINS, "Administrators");
        // the first admin joins on the group's first day only: whoever Admin takes out later stays out
        if (adminsIsNew && !firstAdmin.isBlank() && identity.createUserQuery().userId(firstAdmin).count() == 1) {
            once(() -> identity.createUserQuery().userId(firstAdmin).memberOfGroup(ADMINS).count() == 1,
                    () -> identity.createMembership(firstAdmin, ADMINS));
        }

        // Tasklist, its task filters, and the campaign's tasks: see them, claim them, complete them. Granted on the
        // process rather than left to the per-task rights Camunda adds for a candidate group, which tasks created
        // before authorizations were switched on do not have.
        grant(MARKETERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(MARKETERS, Resources.FILTER, ANY, Permissions.READ);
        grant(MARKETERS, Resources.PROCESS_DEFINITION, CampaignExecutionProcess.PROCESS_ID,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN);

        // Cockpit: every process, its instances and history; retry failed jobs, fix variables, suspend and resume.
        // Cancelling an instance or deleting history stays with admins.
        grant(OPERATORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(OPERATORS, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.SUSPEND_INSTANCE);
        grant(OPERATORS, Resources.DEPLOYMENT, ANY, Permissions.READ);

        for (Resources resource : Resources.values()) {
            grant(ADMINS, resource, ANY, Permissions.ALL);
        }
    }

    private void create(String id, String name) {
        once(() -> identity.createGroupQuery().groupId(id).count() == 1, () -> {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        });
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        once(() -> authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).count() == 1, () -> {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        });
    }

    /** Creates what is missing; a duplicate refused because another node was quicker counts as created. */
    private static void once(BooleanSupplier exists, Runnable create) {
        if (exists.getAsBoolean()) {
            return;
        }
        try {
            create.run();
        } catch (ProcessEngineException e) {
            if (!exists.getAsBoolean()) {
                throw e;
            }
        }
    }
}
