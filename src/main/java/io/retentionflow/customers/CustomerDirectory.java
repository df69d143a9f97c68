package io.retentionflow.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.retentionflow.system.InvalidRequestException;
import io.retentionflow.system.NotFoundException;
import io.retentionflow.system.PlainText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads customers: a searchable list and one customer in full. */
@Service
public class CustomerDirectory {

    private static final String MATCHES = """
             where lower(c.id) like :pattern escape '\\' or lower(c.email) like :pattern escape '\\'
                or lower(c.first_name) like :pattern escape '\\' or lower(c.last_name) like :pattern escape '\\'
                or lower(concat(c.first_name, ' ', c.last_name)) like :pattern escape '\\'""";

    private final JdbcClient jdbc;
    private final ObjectProvider<CustomerModelSource> models;

    CustomerDirectory(JdbcClient jdbc, ObjectProvider<CustomerModelSource> models) {
        this.jdbc = jdbc;
        this.models = models;
    }

    /** Customers whose id, email or name contains {@code query} (any case), by id. */
    public ResultPage<CustomerSummary> search(String query, int page, int size) {
        if (!PlainText.isOneLine(query)) {
            throw new InvalidRequestException("q", "q: a search is one line, without control characters.");
        }
        boolean all = query == null || query.isBlank();
        String filter = all ? "" : MATCHES;
        String pattern = all ? "" : "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
        List<CustomerSummary> items = jdbc.sql("select c.* from customer c " + filter
                        + " order by c.id offset :offset rows fetch next :size rows only")
                .param("pattern", pattern).param("offset", (long) page * size).param("size", size)
                .query(CustomerDirectory::summary).list();
        long total = jdbc.sql("select count(*) from customer c " + filter)
                .param("pattern", pattern).query(Long.class).single();
        return new ResultPage<>(items, page, size, total);
    }

    public CustomerDetails details(String id) {
        CustomerSummary customer = jdbc.sql("select c.* from customer c where c.id = :id").param("id", id)
                .query(CustomerDirectory::summary).optional()
                .orElseThrow(() -> new NotFoundException("There is no customer with id " + id + "."));
        Map<String, String> attributes = new LinkedHashMap<>();
        jdbc.sql("select attribute_name, attribute_value from customer_attribute where customer_id = :id order by attribute_name")
                .param("id", id)
                .query(rs -> {
                    attributes.put(rs.getString("attribute_name"), rs.getString("attribute_value"));
                });
        PurchaseSummary purchases = jdbc.sql("""
                select count(*) as purchases, coalesce(sum(amount), 0) as total, min(occurred_at) as first_at,
                       max(occurred_at) as last_at
                from customer_transaction where customer_id = :id""")
                .param("id", id)
                .query((rs, n) -> new PurchaseSummary(rs.getLong("purchases"), rs.getBigDecimal("total"),
                        instant(rs, "first_at"), instant(rs, "last_at")))
                .single();
        CustomerModelSource source = models.getIfAvailable();
        Object model = source == null ? null : source.modelOf(id).orElse(null);
        return new CustomerDetails(customer, attributes, purchases, model);
    }

    private static CustomerSummary summary(ResultSet rs, int rowNum) throws SQLException {
        String email = rs.getString("email");
        return new CustomerSummary(rs.getString("id"), email, rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("signup_date", LocalDate.class), rs.getString("country"), email != null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A search for "50%" or "a_b" means those characters, not LIKE's wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
