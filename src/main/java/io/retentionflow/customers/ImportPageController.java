package io.retentionflow.customers;

import io.retentionflow.system.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The imports page: upload forms, the drop-folder button, past imports, and one page per import's report. */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    static final int PAGE_SIZE = 20;
    static final int REJECTIONS_PAGE_SIZE = 50;

    private final UploadImport uploads;
    private final DropFolderImport dropFolder;
    private final ImportService imports;

    ImportPageController(UploadImport uploads, DropFolderImport dropFolder, ImportService imports) {
        this.uploads = uploads;
        this.dropFolder = dropFolder;
        this.imports = imports;
    }

    @GetMapping
    String imports(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", imports.recent(ResultPage.requested(page), PAGE_SIZE));
        model.addAttribute("dropFolder", dropFolder.folder().toAbsolutePath().normalize());
        return "imports";
    }

    @PostMapping("/customers")
    String uploadCustomers(@RequestParam(name = UploadImport.FIELD, required = false) MultipartFile file, Model model) {
        return upload(ImportKind.CUSTOMERS, file, model);
    }

    @PostMapping("/transactions")
    String uploadTransactions(@RequestParam(name = UploadImport.FIELD, required = false) MultipartFile file, Model model) {
        return upload(ImportKind.TRANSACTIONS, file, model);
    }

    @PostMapping("/drop-folder")
    String readDropFolder(RedirectAttributes redirect) {
        int queued = dropFolder.queueWaitingFiles().size();
        redirect.addFlashAttribute("notice", queued == 0
                ? "No customers*.csv or transactions*.csv file is waiting in the drop folder."
                : queued + (queued == 1 ? " file is" : " files are") + " being imported.");
        return "redirect:/imports";
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("report", imports.report(id));
        model.addAttribute("issues", imports.issues(id, ResultPage.requested(page),
                REJECTIONS_PAGE_SIZE));
        return "import";
    }

    /** On success the report page, which follows the import; otherwise this page again, the error beside its field. */
    private String upload(ImportKind kind, MultipartFile file, Model model) {
        try {
            return "redirect:/imports/" + uploads.accept(kind, file).id();
        } catch (InvalidRequestException e) {
            model.addAttribute("errorKind", kind.wireName());
            model.addAttribute("error", e.getMessage());
            return imports(0, model);
        }
    }
}
