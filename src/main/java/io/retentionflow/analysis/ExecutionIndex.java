package io.retentionflow.analysis;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds executions for the lists: newest run first. */
@Repository
class ExecutionIndex {

    private static final String MATCHING = """
            from campaign_execution
            where (cast(:campaignId as bigint) is null or campaign_plan_id = :campaignId)
              and (cast(:from as date) is null or run_date >= :from)
              and (cast(:to as date) is null or run_date <= :to)""";

    private final JdbcClient jdbc;

    ExecutionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids(ExecutionFilter filter, long offset, int limit) {
        return bind(jdbc.sql("select id " + MATCHING + " order by run_date desc, id desc offset :offset rows fetch next :limit rows only"), filter)
                .param("offset", offset).param("limit", limit).query(Long.class).list();
    }

    long count(ExecutionFilter filter) {
        return bind(jdbc.sql("select count(*) " + MATCHING), filter).query(Long.class).single();
    }

    List<CampaignName> campaigns() {
        return jdbc.sql("""
                select e.campaign_plan_id, e.campaign_name from campaign_execution e
                where e.run_date = (select max(l.run_date) from campaign_execution l
                                    where l.campaign_plan_id = e.campaign_plan_id)
                order by e.campaign_name, e.campaign_plan_id""")
                .query((rs, row) -> new CampaignName(rs.getLong(1), rs.getString(2))).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ExecutionFilter filter) {
        return statement.param("campaignId", filter.campaignId()).param("from", filter.from()).param("to", filter.to());
    }
}
