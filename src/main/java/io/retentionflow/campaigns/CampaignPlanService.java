package io.retentionflow.campaigns;

import io.retentionflow.system.NotFoundException;
import io.retentionflow.targeting.TargetGroupRepository;
import io.retentionflow.templates.OptimoveTemplates;
import io.retentionflow.templates.SenderDefaults;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaign plans: saved only when valid, paused and resumed, and listed by the dates they are due. */
@Service
public class CampaignPlanService {

    private final CampaignPlanRepository repository;
    private final CampaignPlanValidator validator;
    private final OptimoveTemplates templates;
    private final TargetGroupRepository targetGroups;
    private final SenderDefaults senders;

    public CampaignPlanService(CampaignPlanRepository repository, CampaignPlanValidator validator,
            OptimoveTemplates templates, TargetGroupRepository targetGroups, SenderDefaults senders) {
        this.repository = repository;
        this.validator = validator;
        this.templates = templates;
        this.targetGroups = targetGroups;
        this.senders = senders;
    }

    public List<CampaignPlan> list() {
        return repository.findAll();
    }

    public CampaignPlan get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no campaign plan " + id));
    }

    /** Asks Bronto for the Optimove folder's templates, so a template moved out of it is refused. */
    @Transactional
    public CampaignPlan create(CampaignPlanRequest request) {
        return get(repository.insert(validate(request), now()));
    }

    @Transactional
    public CampaignPlan update(long id, CampaignPlanRequest request) {
        get(id);
        repository.update(id, validate(request), now());
        return get(id);
    }

    @Transactional
    public CampaignPlan setActive(long id, boolean active) {
        if (!repository.setActive(id, active, now())) {
            throw new NotFoundException("no campaign plan " + id);
        }
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new NotFoundException("no campaign plan " + id);
        }
    }

    /**
     * The campaigns to run on a date: active, the date within the schedule, its weekday chosen. The
     * date is each campaign's own calendar date in its time zone; {@link DueCampaign#sendAt()} is
     * the instant of the send. This is what the nightly run asks.
     */
    public List<DueCampaign> dueOn(LocalDate date) {
        return repository.findActiveSpanning(date).stream()
                .filter(plan -> plan.isDueOn(date))
                .map(plan -> new DueCampaign(plan, plan.sendAt(date), senders.senderFor(plan.templateId(), plan.senderOverride())))
                .toList();
    }

    private CampaignPlanValues validate(CampaignPlanRequest request) {
        return validator.validate(request, templates.list(), id -> targetGroups.findById(id).isPresent());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
