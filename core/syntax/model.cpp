// The model: its file format, the model built into the binary, and analyze().
#include <algorithm>

#include "core/syntax/models.h"

// The bytes of core/syntax/model/english.model, placed in the binary by embedded_model.S.
extern "C" const char chronicle_syntax_model_begin[];
extern "C" const char chronicle_syntax_model_end[];

namespace chronicle::syntax {

class ModelData : public detail::ModelData {
 public:
  std::unique_ptr<detail::LabelNames> label_names;  // what the temporal ranker asks of the relations
};

namespace detail {
namespace {

constexpr std::string_view kMagic = "chronicle-syntax-model";
constexpr std::uint32_t kFormat = 5;
constexpr std::size_t kMaxName = 64;
constexpr std::size_t kMaxDescription = 1 << 16;

void put_names(std::string& out, const std::vector<std::string>& names) {
  put_u32(out, static_cast<std::uint32_t>(names.size()));
  for (const std::string& name : names) put_string(out, name);
}

bool get_names(std::string_view bytes, std::size_t& at, std::vector<std::string>& names, std::size_t max) {
  std::uint32_t count = 0;
  if (!get_u32(bytes, at, count) || count == 0 || count > max) return false;
  names.resize(count);
  for (std::string& name : names) {
    if (!get_string(bytes, at, name, kMaxName) || name.empty()) return false;
  }
  return true;
}

}  // namespace

void set_upos(ModelData& model) {
  const auto upos_part = [](const std::string& tag) { return tag.substr(0, tag.find('|')); };
  model.upos.clear();
  for (const std::string& tag : model.tags) model.upos.push_back(upos_part(tag));
  std::sort(model.upos.begin(), model.upos.end());
  model.upos.erase(std::unique(model.upos.begin(), model.upos.end()), model.upos.end());
  model.upos_of.clear();
  for (const std::string& tag : model.tags) {
    const auto found = std::lower_bound(model.upos.begin(), model.upos.end(), upos_part(tag));
    model.upos_of.push_back(static_cast<int>(found - model.upos.begin()));
  }
}

std::vector<int> upos_tags(const ModelData& model, const std::vector<int>& tags) {
  std::vector<int> out;
  out.reserve(tags.size());
  for (const int t : tags) out.push_back(model.upos_of[static_cast<std::size_t>(t)]);
  return out;
}

std::string write_model(const ModelData& model) {
  std::string out(kMagic);
  put_u32(out, kFormat);
  put_string(out, model.description);
  put_names(out, model.tags);
  put_names(out, model.labels);
  put_u32(out, model.root_label);
  for (const ScoreTable* table : {&model.tagger, &model.transitions, &model.labeler, &model.attachment, &model.entities}) {
    table->write(out);
  }
  return out;
}

bool read_model(std::string_view bytes, ModelData& model, std::string& error) {
  std::size_t at = kMagic.size();
  std::uint32_t format = 0;
  if (!bytes.starts_with(kMagic) || !get_u32(bytes, at, format)) {
    error = "not a Chronicle syntax model (it does not start with '" + std::string(kMagic) + "')";
    return false;
  }
  if (format != kFormat) {
    error = "model format " + std::to_string(format) + " is not the one this build reads (" +
            std::to_string(kFormat) + "); retrain it with 'chronicle train-syntax'";
    return false;
  }
  if (!get_string(bytes, at, model.description, kMaxDescription) || !get_names(bytes, at, model.tags, 255) ||
      !get_names(bytes, at, model.labels, 63) || !get_u32(bytes, at, model.root_label) ||
      model.root_label >= model.labels.size()) {
    error = "the model's header is truncated or damaged";
    return false;
  }
  for (ScoreTable* table : {&model.tagger, &model.transitions, &model.labeler, &model.attachment, &model.entities}) {
    if (!table->read(bytes, at, error)) return false;
  }
  const bool sizes_fit = model.tagger.classes() == static_cast<int>(model.tags.size()) &&
                         model.transitions.classes() == kTransitions &&
                         model.labeler.classes() == static_cast<int>(model.labels.size()) &&
                         model.attachment.classes() == 1 &&
                         model.entities.classes() == kEntityClasses;
  if (!sizes_fit || at != bytes.size()) {
    error = "the model's tables do not fit its header";
    return false;
  }
  set_upos(model);
  return true;
}

}  // namespace detail

std::string_view entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return "person";
    case EntityKind::kPlace: return "place";
    case EntityKind::kOrganization: return "organization";
  }
  return "person";
}

Model::Model(std::unique_ptr<ModelData> data) : data_(std::move(data)) {}
Model::~Model() = default;

std::unique_ptr<Model> Model::load(std::string_view bytes, std::string& error) {
  auto data = std::make_unique<ModelData>();
  if (!detail::read_model(bytes, *data, error)) return nullptr;
  data->label_names = std::make_unique<detail::LabelNames>(data->labels);
  return std::unique_ptr<Model>(new Model(std::move(data)));
}

const Model* Model::builtin(std::string* error) {
  struct Loaded {
    std::unique_ptr<Model> model;
    std::string error;
  };
  static const Loaded loaded = [] {
    Loaded result;
    const std::string_view bytes(chronicle_syntax_model_begin,
                                 static_cast<std::size_t>(chronicle_syntax_model_end - chronicle_syntax_model_begin));
    if (bytes.empty()) {
      result.error = "this binary was built without a syntax model; train one with 'chronicle train-syntax' "
                     "(see core/syntax/model/README.md) and rebuild";
    } else {
      result.model = load(bytes, result.error);
    }
    return result;
  }();
  if (error != nullptr) *error = loaded.error;
  return loaded.model.get();
}

const std::string& Model::description() const { return data_->description; }

Analysis Model::analyze(const std::vector<std::string_view>& words) const {
  const ModelData& m = *data_;
  const std::vector<detail::WordAtoms> atoms = detail::atoms_of(words);
  const std::vector<int> tags = detail::tag(m.tagger, atoms, static_cast<int>(m.tags.size()));
  std::vector<std::size_t> heads;
  std::vector<std::uint32_t> labels;
  detail::parse(m.transitions, m.labeler, atoms, tags, static_cast<std::uint32_t>(m.labels.size()), m.root_label,
                heads, labels);
  Analysis analysis;
  const std::vector<int> upos = detail::upos_tags(m, tags);
  detail::ParsedSentence parsed{atoms, upos, m.upos, heads, labels};
  detail::reattach_temporal(m.attachment, *m.label_names, parsed);
  analysis.head = std::move(heads);
  analysis.entities = detail::find_entities(m.entities, atoms, {upos, analysis.head, labels, detail::gazetteer_marks(words)});
  analysis.upos.reserve(words.size());
  analysis.deprel.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    analysis.upos.push_back(m.upos[upos[i]]);
    analysis.deprel.push_back(m.labels[labels[i]]);
  }
  return analysis;
}

}  // namespace chronicle::syntax
