package ledger

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/subnet"
)

// What a miner declares about its work: the hardware it registers with,
// the model it serves, and the fine-tuned uploads it commits to.

// TypeCommitFineTune records a miner's fine-tune commitment (see
// CommitFineTune).
const TypeCommitFineTune = "commit_finetune"

// Limits on a miner's declarations.
const (
	// MaxHardwareClassLen is the longest hardware class name, in bytes.
	MaxHardwareClassLen = 32
	// MaxHardwareNameLen is the longest CPU or GPU model name, in bytes.
	MaxHardwareNameLen = 128
	// MaxGPUs is how many GPUs a hardware description may list.
	MaxGPUs = 64
	// MaxCores is the largest core count a hardware description may give.
	MaxCores = 1 << 20
	// MaxFineTuneCommits is how many fine-tune commitments a neuron keeps;
	// a newer one pushes out the oldest.
	MaxFineTuneCommits = 16
)

// Hardware is what a miner runs on, as it registers it: the hardware class
// it claims (one of the validators' compute-challenge classes, "cpu" or
// "gpu-<N>gb") and what its probe found. Validators check the class with
// the compute challenge; the rest is informative. JSON (the shape of
// miner.Hardware):
//
//	{"class": "gpu-24gb", "cpu_model": "AMD EPYC 7B13", "cores": 16,
//	 "memory_bytes": 68719476736, "gpus": [{"name": "NVIDIA L4", "memory_mib": 23034}]}
//
// class is required; the other keys are optional.
type Hardware struct {
	// Class is 1..MaxHardwareClassLen bytes of lowercase letters, digits
	// and '-'.
	Class string `json:"class"`
	// CPUModel is at most MaxHardwareNameLen bytes of UTF-8 without
	// control characters.
	CPUModel string `json:"cpu_model,omitempty"`
	// Cores is at most MaxCores.
	Cores uint32 `json:"cores,omitempty"`
	// MemoryBytes is the machine's memory.
	MemoryBytes uint64 `json:"memory_bytes,omitempty"`
	// GPUs are at most MaxGPUs cards.
	GPUs []GPU `json:"gpus,omitempty"`
}

// GPU is one graphics card of a Hardware description. JSON: {"name":
// "NVIDIA L4", "memory_mib": 23034}, both required; name is
// 1..MaxHardwareNameLen bytes of UTF-8 without control characters.
type GPU struct {
	Name      string `json:"name"`
	MemoryMiB uint64 `json:"memory_mib"`
}

// UnmarshalJSON decodes a hardware description strictly: known keys only,
// class present and not null.
func (h *Hardware) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, h) }

func (*Hardware) strictKeys() ([]string, bool) { return []string{"class"}, false }

// UnmarshalJSON decodes a GPU strictly: exactly name and memory_mib.
func (g *GPU) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, g) }

func (*GPU) strictKeys() ([]string, bool) { return []string{"name", "memory_mib"}, false }

// Validate checks the fields' forms and limits.
func (h *Hardware) Validate() error {
	if h.Class == "" || len(h.Class) > MaxHardwareClassLen ||
		strings.ContainsFunc(h.Class, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-') }) {
		return fmt.Errorf("class: %q is not 1..%d lowercase letters, digits and '-'", truncate(h.Class, 40), MaxHardwareClassLen)
	}
	if err := checkLabel(h.CPUModel, MaxHardwareNameLen); err != nil {
		return fmt.Errorf("cpu_model: %v", err)
	}
	if h.Cores > MaxCores {
		return fmt.Errorf("cores: %d, at most %d", h.Cores, MaxCores)
	}
	if len(h.GPUs) > MaxGPUs {
		return fmt.Errorf("gpus: %d entries, at most %d", len(h.GPUs), MaxGPUs)
	}
	for i, g := range h.GPUs {
		if g.Name == "" {
			return fmt.Errorf("gpus[%d].name: empty", i)
		}
		if err := checkLabel(g.Name, MaxHardwareNameLen); err != nil {
			return fmt.Errorf("gpus[%d].name: %v", i, err)
		}
	}
	return nil
}

// clone returns a deep copy of h (nil for nil).
func (h *Hardware) clone() *Hardware {
	if h == nil {
		return nil
	}
	c := *h
	c.GPUs = slices.Clone(h.GPUs)
	return &c
}

// checkLabel checks an optional free-text label: at most maxLen bytes of
// UTF-8 without control characters.
func checkLabel(s string, maxLen int) error {
	if len(s) > maxLen {
		return fmt.Errorf("%d bytes, at most %d", len(s), maxLen)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("not valid UTF-8")
	}
	if strings.ContainsFunc(s, unicode.IsControl) {
		return fmt.Errorf("contains a control character")
	}
	return nil
}

// checkDeclaration checks the miner-only fields a register or serve_axon
// may carry: a model hash (empty or 64 lowercase hex digits) and a
// hardware description. A validator declares neither.
func checkDeclaration(typ, role, modelHash string, hw *Hardware) error {
	if role == RoleValidator && (modelHash != "" || hw != nil) {
		return payloadError(typ, "model_hash and hardware: only a miner declares them")
	}
	if modelHash != "" && !isHex(modelHash, 64, false) {
		return payloadError(typ, "model_hash: want 64 lowercase hex digits, got %q", truncate(modelHash, 80))
	}
	if hw != nil {
		if err := hw.Validate(); err != nil {
			return payloadError(typ, "hardware.%v", err)
		}
	}
	return nil
}

// checkServedModel refuses a miner's declared model on an inference
// subnet when it is not the subnet's reference model: such a miner could
// only serve wrong answers there.
func checkServedModel(s *subnetState, modelHash string) error {
	if modelHash != "" && s.Task == TaskInference && modelHash != s.ModelHash {
		return fmt.Errorf("%w: subnet %d serves model %s, the miner declares %s", ErrModelMismatch, s.ID, s.ModelHash, modelHash)
	}
	return nil
}

// CommitFineTune records the signer's commitment to a fine-tuned upload on
// a fine-tune subnet. Signer: a miner registered there. JSON:
//
//	{"subnet": 2, "commitment": "<64 lowercase hex>"}
//
// both required. The commitment is sha256(weights hash ‖ hotkey), the 32
// bytes of the weight file's sha256 followed by the hotkey's 20 bytes
// (miner.Commitment computes it): it names the upload without
// revealing it and binds it to the signer, so nobody else can claim the
// upload, and its block says who had the weights first. Validators give
// the earliest commitment of a set of identical weights the fine-tune ε
// advantage; later copies earn nothing.
type CommitFineTune struct {
	Subnet     uint16 `json:"subnet"`
	Commitment string `json:"commitment"`
}

// FineTuneCommit is one recorded commitment, the block it was made at and
// its sequence number among the subnet's commitments (1, 2, …), which
// orders commitments of the same block.
type FineTuneCommit struct {
	Commitment string `json:"commitment"`
	Block      uint64 `json:"block"`
	Seq        uint64 `json:"seq"`
}

// FineTuneCommitResult is the Value of an accepted commit_finetune.
type FineTuneCommitResult struct {
	Subnet uint16 `json:"subnet"`
	UID    uint16 `json:"uid"`
	Block  uint64 `json:"block"`
}

// Validate checks the commitment's form.
func (c CommitFineTune) Validate() error {
	if !isHex(c.Commitment, 64, false) {
		return payloadError(TypeCommitFineTune, "commitment: want 64 lowercase hex digits, got %q", truncate(c.Commitment, 80))
	}
	return nil
}

// DecodeCommitFineTune decodes and validates a commit_finetune payload.
func DecodeCommitFineTune(payload []byte) (CommitFineTune, error) {
	var c CommitFineTune
	if err := decodePayload(TypeCommitFineTune, payload, &c, "subnet", "commitment"); err != nil {
		return CommitFineTune{}, err
	}
	return validated(c)
}

// commitFineTune records a fine-tune commitment: the subnet is a fine-tune
// subnet, the signer one of its miners, and no neuron of the subnet holds
// the commitment yet. The neuron keeps its last MaxFineTuneCommits
// commitments, oldest first.
func (f *FSM) commitFineTune(signer common.Address, c CommitFineTune) (any, error) {
	s, ok := f.st.subnet(c.Subnet)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownSubnet, c.Subnet)
	}
	if s.Task != TaskFineTune {
		return nil, fmt.Errorf("%w: subnet %d is a %s subnet, commit_finetune needs a %s one", ErrWrongTask, s.ID, s.Task, TaskFineTune)
	}
	uid := s.uidOf(signer)
	if uid < 0 {
		return nil, fmt.Errorf("ledger: commit_finetune on subnet %d: %w", s.ID, subnet.ErrNotRegistered)
	}
	nu := &s.Neurons[uid]
	if nu.Role != RoleMiner {
		return nil, fmt.Errorf("%w: uid %d is a %s, only miners commit uploads", ErrUnauthorized, uid, nu.Role)
	}
	for i := range s.Neurons {
		if slices.ContainsFunc(s.Neurons[i].FineTunes, func(e FineTuneCommit) bool { return e.Commitment == c.Commitment }) {
			return nil, fmt.Errorf("%w: uid %d holds %s", ErrDuplicateCommitment, i, c.Commitment)
		}
	}
	if len(nu.FineTunes) >= MaxFineTuneCommits {
		nu.FineTunes = slices.Delete(nu.FineTunes, 0, len(nu.FineTunes)-MaxFineTuneCommits+1)
	}
	s.FineTuneSeq++
	nu.FineTunes = append(nu.FineTunes, FineTuneCommit{Commitment: c.Commitment, Block: f.st.block, Seq: s.FineTuneSeq})
	return FineTuneCommitResult{Subnet: s.ID, UID: uint16(uid), Block: f.st.block}, nil
}

// FineTuneCommitment finds a commitment on a subnet: the uid and hotkey
// that made it, with its block and sequence number.
func (v SubnetView) FineTuneCommitment(commitment string) (uid uint16, hotkey common.Address, at FineTuneCommit, ok bool) {
	for _, n := range v.Neurons {
		for _, c := range n.FineTunes {
			if c.Commitment == commitment {
				return n.UID, n.Hotkey, c, true
			}
		}
	}
	return 0, common.Address{}, FineTuneCommit{}, false
}
