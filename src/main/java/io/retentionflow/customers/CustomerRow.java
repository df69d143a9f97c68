package io.retentionflow.customers;

import java.time.LocalDate;
import java.util.List;

/**
 * A valid row of the customer file.
 *
 * @param email      null when the file gave none or an invalid one
 * @param emailIssue why a given email was dropped, for the report; null when there was nothing to say
 * @param attributes the values of the file's further columns, in header order; null where empty
 */
record CustomerRow(String id, String email, String firstName, String lastName, LocalDate signupDate,
        String country, List<String> attributes, String emailIssue) {
}
