package io.retentionflow.system;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * What a Camunda group may do on the product's own pages, as a Spring Security role ({@code ROLE_MARKETER} …).
 * Camunda's {@code camunda-admin} counts as an admin: it is where the starter puts the first admin, and its
 * members have every right in Camunda already.
 */
public enum ProductRole {

    /** The product's pages and API: imports, customers, target groups, templates, campaigns, analysis. */
    MARKETER(CamundaGroups.MARKETERS),
    /** The operations endpoints: the nightly run on demand, the sandbox's controls, Actuator beyond health. */
    OPERATOR(CamundaGroups.OPERATORS),
    /** Everything. */
    ADMIN(CamundaGroups.ADMINS, Groups.CAMUNDA_ADMIN);

    private final List<String> groups;

    ProductRole(String... groups) {
        this.groups = List.of(groups);
    }

    /** The roles of a member of these groups. */
    static Stream<ProductRole> of(List<String> groupIds) {
        return Arrays.stream(values()).filter(role -> role.groups.stream().anyMatch(groupIds::contains));
    }
}
