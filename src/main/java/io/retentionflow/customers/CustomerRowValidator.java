package io.retentionflow.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks one row of the customer file. A row without a usable id is rejected; a row with an invalid email is
 * kept without it (the customer exists, it just cannot be mailed).
 */
final class CustomerRowValidator {

    static final List<String> REQUIRED_COLUMNS =
            List.of("customer_id", "email", "first_name", "last_name", "signup_date", "country");
    static final int MAX_ATTRIBUTE_LENGTH = 1000;

    /** Deliberately loose: one @, something before it, a dotted domain after it, no spaces. Bronto checks the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]+");
    private static final int MAX_EMAIL_LENGTH = 254;

    private final CsvHeader header;
    private final List<String> attributeNames;
    private final int[] attributeIndexes;

    CustomerRowValidator(CsvHeader header) {
        this.header = header;
        this.attributeNames = header.otherColumns(REQUIRED_COLUMNS);
        this.attributeIndexes = attributeNames.stream().mapToInt(name -> header.indexOf(name.toLowerCase(Locale.ROOT))).toArray();
    }

    /** The further columns, kept as attributes. */
    List<String> attributeNames() {
        return attributeNames;
    }

    CustomerRow validate(List<String> values) throws RowRejectedException {
        Fields fields = new Fields(header, values);
        String id = fields.required("customer_id", 64);
        String firstName = fields.text("first_name", 100);
        String lastName = fields.text("last_name", 100);
        String country = fields.text("country", 64);
        var signupDate = fields.date("signup_date");
        List<String> attributes = new ArrayList<>(attributeIndexes.length);
        for (int i = 0; i < attributeIndexes.length; i++) {
            attributes.add(fields.text(attributeIndexes[i], attributeNames.get(i), MAX_ATTRIBUTE_LENGTH));
        }
        String email = values.get(header.indexOf("email")).strip();
        if (email.isEmpty()) {
            return new CustomerRow(id, null, firstName, lastName, signupDate, country, attributes, null);
        }
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            return new CustomerRow(id, null, firstName, lastName, signupDate, country, attributes,
                    "invalid email " + Fields.shown(email) + ": customer kept without email, cannot be targeted");
        }
        return new CustomerRow(id, email.toLowerCase(Locale.ROOT), firstName, lastName, signupDate, country,
                attributes, null);
    }
}
