package ledger

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Limits on command content.
const (
	// MaxUIDs is the largest max_allowed_uids a subnet may have, and so the
	// longest weights vector.
	MaxUIDs = 4096
	// MaxTempo is the longest epoch period, in blocks (subtensor MAX_TEMPO).
	MaxTempo = 50_400
	// MaxSubnets is how many subnets the ledger holds (subtensor SubnetLimit).
	MaxSubnets = 128
	// MaxNameLen is the longest subnet name, in bytes.
	MaxNameLen = 64
	// MaxAxonLen is the longest axon address, in bytes.
	MaxAxonLen = 255
	// MinAlphaLow is the smallest liquid-alpha lower bound (65535/40).
	MinAlphaLow = 1638
	// MaxUnrevealedCommits is how many weight commits a hotkey may hold
	// unrevealed on a subnet (subtensor's limit of 10).
	MaxUnrevealedCommits = 10
	// MinSaltLen and MaxSaltLen bound a reveal's salt, in bytes.
	MinSaltLen = 16
	MaxSaltLen = 64
	// MaxStakeEntries is the most entries one stake_snapshot may carry; a
	// larger snapshot is sent in several commands with the same block.
	MaxStakeEntries = 1024
	// MaxURLLen is the longest model or dataset URL, in bytes.
	MaxURLLen = 512
	// MaxDatasets is how many datasets a subnet may name.
	MaxDatasets = 16
	// MaxDatasetNameLen is the longest dataset name, in bytes.
	MaxDatasetNameLen = 64
)

// Subnet tasks, the values of CreateSubnet.Task.
const (
	TaskInference  = "inference"
	TaskFineTune   = "fine-tune"
	TaskPreference = "preference"
)

// Roles of a registered hotkey (Register.Role, NeuronView.Role) and of the
// owner-cut payout (Payout.Role).
const (
	RoleMiner     = "miner"
	RoleValidator = "validator"
	RoleOwner     = "owner"
)

// OwnerPayoutUID is the UID of the owner-cut payout in an EpochRecord; no
// neuron can hold it (a subnet has at most MaxUIDs uids).
const OwnerPayoutUID uint16 = math.MaxUint16

// Tick advances the ledger's block height by one. Signer: a genesis
// validator. JSON: {"block": 7}; block must be the current block + 1.
type Tick struct {
	Block uint64 `json:"block"`
}

// CreateSubnet creates a subnet owned by the signer. JSON:
//
//	{"id": 1, "name": "text", "task": "inference",
//	 "model_hash": "<64 lowercase hex>", "model_url": "https://…",
//	 "datasets": [{"name": "prompts", "hash": "<64 lowercase hex>", "url": "https://…"}],
//	 "scoring": {"topk": 8, …}, "hyperparams": {"tempo": 10, …}}
//
// id, name, task and model_hash are required. model_url and datasets are
// optional (absent: none). scoring and hyperparams are optional and so is
// each of their fields: an absent field keeps its DefaultScoring(task) or
// DefaultHyperparams value.
//
// In Go, a zero Scoring is left out of the JSON (omitzero), so it too
// stands for the task's defaults; a zero Hyperparams is not (build it from
// DefaultHyperparams).
type CreateSubnet struct {
	// ID is the subnet's id (netuid).
	ID uint16 `json:"id"`
	// Name is 1..MaxNameLen bytes of UTF-8 without control characters.
	Name string `json:"name"`
	// Task is TaskInference, TaskFineTune or TaskPreference.
	Task string `json:"task"`
	// ModelHash is the reference model's content hash: 64 lowercase hex
	// digits (a sha256, no 0x prefix).
	ModelHash string `json:"model_hash"`
	// ModelURL is where the reference model can be fetched: empty, or an
	// http:// or https:// URL of at most MaxURLLen printable ASCII bytes
	// with a host and no user information. What it serves must hash to
	// ModelHash; the ledger does not fetch it.
	ModelURL string `json:"model_url,omitempty"`
	// Datasets are the subnet's evaluation data, by content hash: at most
	// MaxDatasets entries with distinct names.
	Datasets []Dataset `json:"datasets,omitempty"`
	// Scoring are the task's scoring parameters (see Scoring).
	Scoring Scoring `json:"scoring,omitzero"`
	// Hyperparams are the subnet's parameters.
	Hyperparams Hyperparams `json:"hyperparams"`
}

// Dataset is one dataset a subnet names. JSON: {"name": "prompts",
// "hash": "<64 lowercase hex>", "url": "https://…"}; name and hash are
// required, url is optional.
type Dataset struct {
	// Name is 1..MaxDatasetNameLen bytes of UTF-8 without control
	// characters, unique within the subnet; Scoring fields refer to it.
	Name string `json:"name"`
	// Hash is the dataset's content hash: 64 lowercase hex digits (a
	// sha256, no 0x prefix).
	Hash string `json:"hash"`
	// URL is where the dataset can be fetched, with the rules of
	// CreateSubnet.ModelURL; empty: not published.
	URL string `json:"url,omitempty"`
}

// UnmarshalJSON decodes a dataset strictly: known keys only, name and hash
// present and not null.
func (d *Dataset) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, d) }

func (*Dataset) strictKeys() ([]string, bool) { return []string{"name", "hash"}, false }

// Register registers the signer's hotkey on a subnet. JSON:
//
//	{"subnet": 1, "role": "miner", "axon": "10.0.0.1:9000", "max_burn": 2000000000,
//	 "model_hash": "<64 lowercase hex>", "hardware": {"class": "cpu", …}}
//
// subnet and role are required, axon may be absent or empty (a validator
// serves nothing), max_burn may be absent (any price); model_hash and
// hardware are a miner's declarations, optional, and absent for a
// validator.
type Register struct {
	Subnet uint16 `json:"subnet"`
	// Role is RoleMiner or RoleValidator.
	Role string `json:"role"`
	// Axon is where the neuron serves, "ip:port" (an IPv6 address in
	// brackets) with a nonzero decimal port, or empty. The address passes
	// the serve_axon checks (see ServeAxon); "127.0.0.1" and "::1" only
	// under Genesis.AllowLoopbackAxons.
	Axon string `json:"axon"`
	// MaxBurn, when set, is the highest registration price the signer
	// accepts, in base units: the ledger refuses the registration when
	// the subnet's current price is above it (ErrBurnTooHigh).
	MaxBurn *uint64 `json:"max_burn,omitempty"`
	// ModelHash (a miner's, optional) is the sha256 of the model the miner
	// serves, 64 lowercase hex digits: what it commits to, so that a
	// signed answer of another model is evidence against it. On an
	// inference subnet it must be the subnet's model (ErrModelMismatch).
	ModelHash string `json:"model_hash,omitempty"`
	// Hardware (a miner's, optional) is what the miner runs on and the
	// hardware class it claims, which validators check (see Hardware).
	Hardware *Hardware `json:"hardware,omitempty"`
}

// SetWeights sets the signer's weight vector on a subnet. JSON:
// {"subnet": 1, "uids": [3, 4], "values": [65535, 1200], "version_key": 0};
// subnet is required, absent uids or values are empty. Values are raw u16
// weights; the ledger stores them max-upscaled (subnet.MaxUpscaleU16).
type SetWeights struct {
	Subnet     uint16   `json:"subnet"`
	UIDs       []uint16 `json:"uids"`
	Values     []uint16 `json:"values"`
	VersionKey uint64   `json:"version_key"`
}

// SetHyperparams changes some of a subnet's hyperparameters. Signer: the
// subnet owner (only OwnerSettable fields, at most once per
// owner_hyperparam_rate_limit tempos, not in the admin_freeze_window blocks
// before an epoch) or a genesis validator (any field, no limits). JSON:
// {"subnet": 1, "hyperparams": {"immunity_period": 100, "burn_increase_mult": "1.5"}};
// both required, hyperparams with at least one key.
type SetHyperparams struct {
	Subnet      uint16           `json:"subnet"`
	Hyperparams HyperparamsPatch `json:"hyperparams"`
}

// IP address types of ServeAxon.IPType.
const (
	IPv4 uint8 = 4
	IPv6 uint8 = 6
)

// ServeAxon sets where the signer's neuron on a subnet serves. Signer: the
// registered hotkey. JSON:
//
//	{"subnet": 1, "ip": "203.0.113.7", "port": 8091, "ip_type": 4, "protocol": 0}
//
// subnet, ip, port and ip_type are required, protocol (a u8 the ledger
// stores but does not interpret) defaults to 0. ip is the address in text
// form, IPv4 dotted-decimal for ip_type 4 and IPv6 for ip_type 6 (an
// IPv4-mapped "::ffff:a.b.c.d" is an IPv6 address); the ledger stores it as
// the axon "ip:port". The checks of YUMA.md §8.5 on subtensor's u128 ip
// become: ip_type is 4 or 6, a type-4 address is IPv4 (the u128 is below
// 2^32), the address is not 0.0.0.0 or :: (not zero), not all ones
// ffff:…:ffff for type 6, and not 127.0.0.1 (type 4) or ::1 (type 6)
// unless Genesis.AllowLoopbackAxons; the port is nonzero.
type ServeAxon struct {
	Subnet   uint16 `json:"subnet"`
	IP       string `json:"ip"`
	Port     uint16 `json:"port"`
	IPType   uint8  `json:"ip_type"`
	Protocol uint8  `json:"protocol"`
	// ModelHash and Hardware, when given, replace the miner's declarations
	// (see Register); absent, they stay as they are.
	ModelHash string    `json:"model_hash,omitempty"`
	Hardware  *Hardware `json:"hardware,omitempty"`
}

// StakeSnapshot replaces the stake of the listed hotkeys. Signer: a genesis
// validator. JSON:
//
//	{"block": 812, "stakes": [{"hotkey": "0x…", "amount": 5000000000}]}
//
// both required. Block is the source's block (for instance the settlement
// chain's block the stakes were read at); the ledger only requires that
// snapshots do not go back (block ≥ the last snapshot's block), so one large
// snapshot may be sent in parts with the same block. Stakes has
// 1..MaxStakeEntries entries with distinct, nonzero hotkeys whose amounts
// add up to at most 2^63 − 1; an amount of 0 removes the hotkey's stake.
type StakeSnapshot struct {
	Block  uint64  `json:"block"`
	Stakes []Stake `json:"stakes"`
}

// Stake is one hotkey's stake in base units. JSON: {"hotkey": "0x…",
// "amount": 5000000000}, both required.
type Stake struct {
	Hotkey common.Address `json:"hotkey"`
	Amount uint64         `json:"amount"`
}

// UnmarshalJSON decodes a stake entry strictly: exactly the keys hotkey and
// amount, neither null.
func (s *Stake) UnmarshalJSON(data []byte) error { return unmarshalStrict(data, s) }

func (*Stake) strictKeys() ([]string, bool) { return []string{"hotkey", "amount"}, false }

// CommitWeights commits the hash of a weight vector the signer will reveal
// later (YUMA.md §8.4 v2). Signer: a registered hotkey. JSON:
// {"subnet": 1, "hash": "0x<64 hex>"}, both required; hash is CommitHash of
// the reveal.
type CommitWeights struct {
	Subnet uint16      `json:"subnet"`
	Hash   common.Hash `json:"hash"`
}

// RevealWeights reveals a committed weight vector. Signer: the hotkey that
// committed. JSON:
//
//	{"subnet": 1, "uids": [3, 4], "values": [65535, 1200],
//	 "salt": "0x<32..128 hex>", "version_key": 0}
//
// subnet and salt are required, absent uids or values are empty; salt is
// MinSaltLen..MaxSaltLen bytes.
type RevealWeights struct {
	Subnet     uint16        `json:"subnet"`
	UIDs       []uint16      `json:"uids"`
	Values     []uint16      `json:"values"`
	Salt       hexutil.Bytes `json:"salt"`
	VersionKey uint64        `json:"version_key"`
}

// Settle records the transaction that paid an epoch. Signer: a genesis
// validator. JSON: {"subnet": 1, "epoch": 3, "tx": "0x<64 hex>"}, all
// required, and optionally "mode": "push" (the default: the epoch was paid
// to its recipients directly) or "merkle" with "root": "0x<64 hex>" and
// "emission": "0x<40 hex>": the epoch was settled as root of the emission
// contract's cumulative claim tree, which then holds every account's
// payouts over all Merkle-settled epochs (see FSM.Claims). The ledger
// stores the hashes in lower case.
type Settle struct {
	Subnet uint16 `json:"subnet"`
	// Epoch is the subnet's epoch number, from 1.
	Epoch uint64 `json:"epoch"`
	// Tx is the settlement transaction hash.
	Tx string `json:"tx"`
	// Mode is SettlePush ("" too) or SettleMerkle.
	Mode string `json:"mode,omitempty"`
	// Root is the claim tree's root after this epoch (Merkle mode only).
	Root string `json:"root,omitempty"`
	// Emission is the emission contract's address (Merkle mode only).
	Emission string `json:"emission,omitempty"`
}

// Validate checks the tick's fields (block ≥ 1).
func (t Tick) Validate() error {
	if t.Block == 0 {
		return payloadError(TypeTick, "block: must be at least 1")
	}
	return nil
}

// Validate checks the fields' formats and the hyperparameters' ranges.
func (c CreateSubnet) Validate() error {
	if err := checkName(c.Name, MaxNameLen); err != nil {
		return payloadError(TypeCreateSubnet, "name: %v", err)
	}
	switch c.Task {
	case TaskInference, TaskFineTune, TaskPreference:
	default:
		return payloadError(TypeCreateSubnet, "task: %q is not %q, %q or %q",
			truncate(c.Task, 32), TaskInference, TaskFineTune, TaskPreference)
	}
	if !isHex(c.ModelHash, 64, false) {
		return payloadError(TypeCreateSubnet, "model_hash: want 64 lowercase hex digits, got %q", truncate(c.ModelHash, 80))
	}
	if err := checkURL(c.ModelURL); err != nil {
		return payloadError(TypeCreateSubnet, "model_url: %v", err)
	}
	if len(c.Datasets) > MaxDatasets {
		return payloadError(TypeCreateSubnet, "datasets: %d entries, at most %d", len(c.Datasets), MaxDatasets)
	}
	for i, d := range c.Datasets {
		if err := checkName(d.Name, MaxDatasetNameLen); err != nil {
			return payloadError(TypeCreateSubnet, "datasets[%d].name: %v", i, err)
		}
		if j := slices.IndexFunc(c.Datasets[:i], func(e Dataset) bool { return e.Name == d.Name }); j >= 0 {
			return payloadError(TypeCreateSubnet, "datasets[%d].name: %q already names datasets[%d]", i, d.Name, j)
		}
		if !isHex(d.Hash, 64, false) {
			return payloadError(TypeCreateSubnet, "datasets[%d].hash: want 64 lowercase hex digits, got %q", i, truncate(d.Hash, 80))
		}
		if err := checkURL(d.URL); err != nil {
			return payloadError(TypeCreateSubnet, "datasets[%d].url: %v", i, err)
		}
	}
	if err := c.Scoring.Validate(c.Task, c.Datasets); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidPayload, TypeCreateSubnet, err)
	}
	if err := c.Hyperparams.Validate(); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidPayload, TypeCreateSubnet, err)
	}
	return nil
}

// Validate checks the role, the axon's form and address (all but the
// loopback rule, which depends on the genesis) and the miner's
// declarations.
func (r Register) Validate() error {
	switch r.Role {
	case RoleMiner, RoleValidator:
	default:
		return payloadError(TypeRegister, "role: %q is not %q or %q", truncate(r.Role, 32), RoleMiner, RoleValidator)
	}
	if _, err := parseAxon(r.Axon); err != nil {
		return payloadError(TypeRegister, "axon: %v", err)
	}
	return checkDeclaration(TypeRegister, r.Role, r.ModelHash, r.Hardware)
}

// Validate checks that at least one hyperparameter is given; their ranges
// are checked on the merged result by the ledger.
func (p SetHyperparams) Validate() error {
	if len(p.Hyperparams.Fields()) == 0 {
		return payloadError(TypeSetHyperparams, "hyperparams: no field given")
	}
	return nil
}

// Validate runs the address checks of YUMA.md §8.5 (see ServeAxon) except
// the loopback rule, which depends on the genesis, and checks the
// declarations' forms.
func (a ServeAxon) Validate() error {
	if a.IPType != IPv4 && a.IPType != IPv6 {
		return payloadError(TypeServeAxon, "ip_type: %d is not 4 or 6", a.IPType)
	}
	if _, err := parseIP(a.IP, a.IPType); err != nil {
		return payloadError(TypeServeAxon, "ip: %v", err)
	}
	if a.Port == 0 {
		return payloadError(TypeServeAxon, "port: must not be 0")
	}
	return checkDeclaration(TypeServeAxon, RoleMiner, a.ModelHash, a.Hardware)
}

// Validate checks the entries: 1..MaxStakeEntries, nonzero distinct
// hotkeys, a total of at most 2^63 − 1.
func (p StakeSnapshot) Validate() error {
	if len(p.Stakes) == 0 || len(p.Stakes) > MaxStakeEntries {
		return payloadError(TypeStakeSnapshot, "stakes: %d entries, want 1..%d", len(p.Stakes), MaxStakeEntries)
	}
	seen := make(map[common.Address]bool, len(p.Stakes))
	var total uint64
	for i, e := range p.Stakes {
		if e.Hotkey == (common.Address{}) {
			return payloadError(TypeStakeSnapshot, "stakes[%d].hotkey: zero address", i)
		}
		if seen[e.Hotkey] {
			return payloadError(TypeStakeSnapshot, "stakes[%d].hotkey: %s listed twice", i, e.Hotkey.Hex())
		}
		seen[e.Hotkey] = true
		total += e.Amount
		if total < e.Amount || total > math.MaxInt64 {
			return payloadError(TypeStakeSnapshot, "stakes[%d].amount: total exceeds %d", i, int64(math.MaxInt64))
		}
	}
	return nil
}

// Validate has nothing to check: any 32-byte hash may be committed.
func (c CommitWeights) Validate() error { return nil }

// Validate checks the vectors' lengths (at most MaxUIDs each) and the salt's
// (MinSaltLen..MaxSaltLen bytes); the subnet's rules run in the ledger.
func (r RevealWeights) Validate() error {
	if len(r.UIDs) > MaxUIDs {
		return payloadError(TypeRevealWeights, "uids: %d entries, at most %d", len(r.UIDs), MaxUIDs)
	}
	if len(r.Values) > MaxUIDs {
		return payloadError(TypeRevealWeights, "values: %d entries, at most %d", len(r.Values), MaxUIDs)
	}
	if len(r.Salt) < MinSaltLen || len(r.Salt) > MaxSaltLen {
		return payloadError(TypeRevealWeights, "salt: %d bytes, want %d..%d", len(r.Salt), MinSaltLen, MaxSaltLen)
	}
	return nil
}

// Validate checks the vectors' lengths (at most MaxUIDs each); the subnet's
// rules (subnet.CheckWeights) run in the ledger.
func (w SetWeights) Validate() error {
	if len(w.UIDs) > MaxUIDs {
		return payloadError(TypeSetWeights, "uids: %d entries, at most %d", len(w.UIDs), MaxUIDs)
	}
	if len(w.Values) > MaxUIDs {
		return payloadError(TypeSetWeights, "values: %d entries, at most %d", len(w.Values), MaxUIDs)
	}
	return nil
}

// Validate checks the epoch (≥ 1) and the transaction hash's form.
func (s Settle) Validate() error {
	if s.Epoch == 0 {
		return payloadError(TypeSettle, "epoch: must be at least 1")
	}
	if len(s.Tx) != 66 || s.Tx[:2] != "0x" || !isHex(s.Tx[2:], 64, true) {
		return payloadError(TypeSettle, "tx: want 0x and 64 hex digits, got %q", truncate(s.Tx, 80))
	}
	switch s.Mode {
	case "", SettlePush:
		if s.Root != "" || s.Emission != "" {
			return payloadError(TypeSettle, "root and emission: only for mode %q", SettleMerkle)
		}
	case SettleMerkle:
		if len(s.Root) != 66 || s.Root[:2] != "0x" || !isHex(s.Root[2:], 64, true) || common.HexToHash(s.Root) == (common.Hash{}) {
			return payloadError(TypeSettle, "root: want 0x and 64 hex digits, not all zero, got %q", truncate(s.Root, 80))
		}
		if len(s.Emission) != 42 || s.Emission[:2] != "0x" || !isHex(s.Emission[2:], 40, true) || common.HexToAddress(s.Emission) == (common.Address{}) {
			return payloadError(TypeSettle, "emission: want 0x and 40 hex digits, not all zero, got %q", truncate(s.Emission, 80))
		}
	default:
		return payloadError(TypeSettle, "mode: %q is not %q or %q", truncate(s.Mode, 32), SettlePush, SettleMerkle)
	}
	return nil
}

// DecodeTick decodes and validates a tick payload.
func DecodeTick(payload []byte) (Tick, error) {
	var t Tick
	if err := decodePayload(TypeTick, payload, &t, "block"); err != nil {
		return Tick{}, err
	}
	return validated(t)
}

// DecodeCreateSubnet decodes and validates a create_subnet payload; the
// hyperparameters start from DefaultHyperparams and the scoring parameters
// from DefaultScoring of the payload's task.
func DecodeCreateSubnet(payload []byte) (CreateSubnet, error) {
	c := CreateSubnet{Hyperparams: DefaultHyperparams()}
	if len(payload) > MaxPayloadSize {
		return CreateSubnet{}, fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(payload), MaxPayloadSize)
	}
	d := newStrictDecoder(payload)
	d.rawKey = "scoring"
	if err := d.top(reflect.ValueOf(&c).Elem(), "CreateSubnet", []string{"id", "name", "task", "model_hash"}, false); err != nil {
		return CreateSubnet{}, fmt.Errorf("%w: %s: %v", ErrInvalidPayload, TypeCreateSubnet, err)
	}
	// The scoring defaults depend on the task, known only now: decode the
	// (last) scoring object again, over them. The first decode has checked
	// it.
	c.Scoring = DefaultScoring(c.Task)
	if d.raw != nil {
		if err := unmarshalStrict(d.raw, &c.Scoring); err != nil {
			return CreateSubnet{}, fmt.Errorf("%w: %s: scoring: %v", ErrInvalidPayload, TypeCreateSubnet, err)
		}
	}
	return validated(c)
}

// DecodeRegister decodes and validates a register payload.
func DecodeRegister(payload []byte) (Register, error) {
	var r Register
	if err := decodePayload(TypeRegister, payload, &r, "subnet", "role"); err != nil {
		return Register{}, err
	}
	return validated(r)
}

// DecodeSetWeights decodes and validates a set_weights payload.
func DecodeSetWeights(payload []byte) (SetWeights, error) {
	var w SetWeights
	if err := decodePayload(TypeSetWeights, payload, &w, "subnet"); err != nil {
		return SetWeights{}, err
	}
	return validated(w)
}

// DecodeSetHyperparams decodes and validates a set_hyperparams payload.
func DecodeSetHyperparams(payload []byte) (SetHyperparams, error) {
	var p SetHyperparams
	if err := decodePayload(TypeSetHyperparams, payload, &p, "subnet", "hyperparams"); err != nil {
		return SetHyperparams{}, err
	}
	return validated(p)
}

// DecodeServeAxon decodes and validates a serve_axon payload.
func DecodeServeAxon(payload []byte) (ServeAxon, error) {
	var a ServeAxon
	if err := decodePayload(TypeServeAxon, payload, &a, "subnet", "ip", "port", "ip_type"); err != nil {
		return ServeAxon{}, err
	}
	return validated(a)
}

// DecodeStakeSnapshot decodes and validates a stake_snapshot payload.
func DecodeStakeSnapshot(payload []byte) (StakeSnapshot, error) {
	var p StakeSnapshot
	if err := decodePayload(TypeStakeSnapshot, payload, &p, "block", "stakes"); err != nil {
		return StakeSnapshot{}, err
	}
	return validated(p)
}

// DecodeCommitWeights decodes and validates a commit_weights payload.
func DecodeCommitWeights(payload []byte) (CommitWeights, error) {
	var c CommitWeights
	if err := decodePayload(TypeCommitWeights, payload, &c, "subnet", "hash"); err != nil {
		return CommitWeights{}, err
	}
	return validated(c)
}

// DecodeRevealWeights decodes and validates a reveal_weights payload.
func DecodeRevealWeights(payload []byte) (RevealWeights, error) {
	var r RevealWeights
	if err := decodePayload(TypeRevealWeights, payload, &r, "subnet", "salt"); err != nil {
		return RevealWeights{}, err
	}
	return validated(r)
}

// DecodeSettle decodes and validates a settle payload.
func DecodeSettle(payload []byte) (Settle, error) {
	var s Settle
	if err := decodePayload(TypeSettle, payload, &s, "subnet", "epoch", "tx"); err != nil {
		return Settle{}, err
	}
	return validated(s)
}

// DecodePayload decodes and validates the payload of a command of type typ
// with that type's decoder and returns a Tick, CreateSubnet, Register,
// SetWeights, Settle, SetHyperparams, ServeAxon, StakeSnapshot,
// ChainEvents, CommitWeights, RevealWeights, AddComparisons,
// SubmitPreferences, CommitFineTune, ReportEvidence or Slash value. Errors
// wrap ErrUnknownType or ErrInvalidPayload.
func DecodePayload(typ string, payload []byte) (any, error) {
	switch typ {
	case TypeSubmitPreferences:
		return DecodeSubmitPreferences(payload)
	case TypeAddComparisons:
		return DecodeAddComparisons(payload)
	case TypeSetHyperparams:
		return DecodeSetHyperparams(payload)
	case TypeServeAxon:
		return DecodeServeAxon(payload)
	case TypeStakeSnapshot:
		return DecodeStakeSnapshot(payload)
	case TypeChainEvents:
		return DecodeChainEvents(payload)
	case TypeCommitWeights:
		return DecodeCommitWeights(payload)
	case TypeRevealWeights:
		return DecodeRevealWeights(payload)
	case TypeTick:
		return DecodeTick(payload)
	case TypeCreateSubnet:
		return DecodeCreateSubnet(payload)
	case TypeRegister:
		return DecodeRegister(payload)
	case TypeSetWeights:
		return DecodeSetWeights(payload)
	case TypeSettle:
		return DecodeSettle(payload)
	case TypeCommitFineTune:
		return DecodeCommitFineTune(payload)
	case TypeReportEvidence:
		return DecodeReportEvidence(payload)
	case TypeSlash:
		return DecodeSlash(payload)
	}
	return nil, fmt.Errorf("%w: %q", ErrUnknownType, truncate(typ, 32))
}

// validated returns v if it validates and the zero value otherwise.
func validated[T interface{ Validate() error }](v T) (T, error) {
	if err := v.Validate(); err != nil {
		var zero T
		return zero, err
	}
	return v, nil
}

func payloadError(typ, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrInvalidPayload, typ, fmt.Sprintf(format, args...))
}

func decodePayload(typ string, payload []byte, v any, required ...string) error {
	if len(payload) > MaxPayloadSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrPayloadTooLarge, len(payload), MaxPayloadSize)
	}
	if err := decodeStrict(payload, v, required...); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalidPayload, typ, err)
	}
	return nil
}

// isHex reports whether s is n hex digits (lower case only unless
// anyCase).
func isHex(s string, n int, anyCase bool) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f':
		case anyCase && 'A' <= c && c <= 'F':
		default:
			return false
		}
	}
	return true
}

// checkName checks a name: 1..maxLen bytes of UTF-8 without control
// characters.
func checkName(name string, maxLen int) error {
	if name == "" || len(name) > maxLen {
		return fmt.Errorf("%d bytes, want 1..%d", len(name), maxLen)
	}
	if !utf8.ValidString(name) {
		return errors.New("not valid UTF-8")
	}
	if strings.ContainsFunc(name, unicode.IsControl) {
		return errors.New("contains a control character")
	}
	return nil
}

// checkURL checks a model or dataset URL: empty, or at most MaxURLLen
// bytes of printable ASCII starting with http:// or https://, with a host
// and without user information (which would publish a credential).
func checkURL(s string) error {
	if s == "" {
		return nil
	}
	if len(s) > MaxURLLen {
		return fmt.Errorf("%d bytes, at most %d", len(s), MaxURLLen)
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r >= 0x7f }); i >= 0 {
		return fmt.Errorf("byte %d: not printable ASCII (percent-encode it)", i)
	}
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return fmt.Errorf("%q: want an http:// or https:// URL", truncate(s, 80))
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q: not a URL", truncate(s, 80))
	}
	if u.Host == "" {
		return fmt.Errorf("%q: no host", truncate(s, 80))
	}
	if u.User != nil {
		return fmt.Errorf("%q: must not carry user information", truncate(s, 80))
	}
	return nil
}
