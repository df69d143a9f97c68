package io.retentionflow.customers;

import java.time.LocalDate;

/** A customer as listed: who, and whether a campaign can reach them ({@code targetable}: has an email). */
public record CustomerSummary(String id, String email, String firstName, String lastName, LocalDate signupDate,
        String country, boolean targetable) {
}
