package ledger

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/subnet"
)

// GenesisValidator is a member of the validator cluster at genesis: it may
// sign tick, settle and stake_snapshot commands and root set_hyperparams,
// and its stake is the initial stake of its address (the genesis stakes are
// the first stake snapshot).
type GenesisValidator struct {
	Address common.Address `json:"address"`
	// Stake is in base units.
	Stake uint64 `json:"stake"`
}

// Genesis is the ledger's fixed configuration. Every replica must be built
// from the same genesis (snapshots carry it and Restore compares it).
type Genesis struct {
	// ChainID is the EIP-712 domain's chainId for every command, and the
	// settlement chain's id.
	ChainID uint64 `json:"chain_id"`
	// Validators are the cluster members.
	Validators []GenesisValidator `json:"validators"`
	// SubnetCreators, when not empty, are the only signers whose
	// create_subnet is accepted; empty means anyone may create a subnet
	// (each subnet mints its own emission_per_block, so a public network
	// should list its creators).
	SubnetCreators []common.Address `json:"subnet_creators,omitempty"`
	// AllowLoopbackAxons lets axons (register, serve_axon) use the
	// loopback addresses 127.0.0.1 and ::1, which YUMA.md §8.5 refuses; a
	// single-machine network (the devnet) needs it.
	AllowLoopbackAxons bool `json:"allow_loopback_axons,omitempty"`
	// EpochHistory is how many of each subnet's most recent epochs keep
	// their full EpochRecord (payouts and metagraph) once settled; older
	// settled records keep only their summary (see EpochRecord.Pruned).
	// Unsettled records are always kept in full. 0 means
	// DefaultEpochHistory.
	EpochHistory uint64 `json:"epoch_history,omitempty"`
}

// DefaultEpochHistory is the EpochHistory of a genesis that gives none.
const DefaultEpochHistory = 64

// epochHistory is g.EpochHistory, or its default.
func (g Genesis) epochHistory() uint64 {
	if g.EpochHistory == 0 {
		return DefaultEpochHistory
	}
	return g.EpochHistory
}

// Validate checks that the genesis is usable: a nonzero chain id, at least
// one validator, no zero or repeated address, total stake at most 2^63 − 1
// (the epoch's limit), and no zero or repeated subnet creator. Errors wrap
// ErrInvalidGenesis.
func (g Genesis) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidGenesis, fmt.Sprintf(format, args...))
	}
	if g.ChainID == 0 {
		return bad("chain_id is 0")
	}
	if len(g.Validators) == 0 {
		return bad("no validators")
	}
	seen := make(map[common.Address]bool, len(g.Validators))
	var total uint64
	for i, v := range g.Validators {
		if v.Address == (common.Address{}) {
			return bad("validators[%d]: zero address", i)
		}
		if seen[v.Address] {
			return bad("validators[%d]: %s listed twice", i, v.Address.Hex())
		}
		seen[v.Address] = true
		total += v.Stake
		if total < v.Stake || total > math.MaxInt64 {
			return bad("total validator stake exceeds %d", int64(math.MaxInt64))
		}
	}
	creators := make(map[common.Address]bool, len(g.SubnetCreators))
	for i, a := range g.SubnetCreators {
		if a == (common.Address{}) {
			return bad("subnet_creators[%d]: zero address", i)
		}
		if creators[a] {
			return bad("subnet_creators[%d]: %s listed twice", i, a.Hex())
		}
		creators[a] = true
	}
	return nil
}

// normalized returns a copy of g with validators and creators sorted by
// address, the form the ledger stores and hashes.
func (g Genesis) normalized() Genesis {
	out := Genesis{
		ChainID:            g.ChainID,
		Validators:         slices.Clone(g.Validators),
		SubnetCreators:     slices.Clone(g.SubnetCreators),
		AllowLoopbackAxons: g.AllowLoopbackAxons,
		EpochHistory:       g.EpochHistory,
	}
	slices.SortStableFunc(out.Validators, func(a, b GenesisValidator) int { return a.Address.Cmp(b.Address) })
	slices.SortStableFunc(out.SubnetCreators, func(a, b common.Address) int { return a.Cmp(b) })
	if len(out.SubnetCreators) == 0 {
		out.SubnetCreators = nil
	}
	return out
}

// Entry is one cell of a stored weight or bond row: a destination uid and
// a u16 value.
type Entry struct {
	UID   uint16 `json:"uid"`
	Value uint16 `json:"value"`
}

// Payout is one transfer an epoch owes: to a neuron's hotkey (its server
// plus validator emission) or, with UID OwnerPayoutUID and role RoleOwner,
// the owner cut to the subnet owner.
type Payout struct {
	UID     uint16         `json:"uid"`
	Address common.Address `json:"address"`
	Role    string         `json:"role"`
	Amount  uint64         `json:"amount"`
}

// MetagraphRow is one uid's state as an epoch left it.
type MetagraphRow struct {
	UID             uint16         `json:"uid"`
	Hotkey          common.Address `json:"hotkey"`
	Role            string         `json:"role"`
	Stake           uint64         `json:"stake"`
	ValidatorPermit bool           `json:"validator_permit"`
	Active          bool           `json:"active"`
	// Consensus, Incentive, Dividends and ValidatorTrust are u16
	// proportions (65535 = 1).
	Consensus      uint16 `json:"consensus"`
	Incentive      uint16 `json:"incentive"`
	Dividends      uint16 `json:"dividends"`
	ValidatorTrust uint16 `json:"validator_trust"`
	// Emission is the uid's combined emission share of the Yuma part, in
	// base units (the pruning score).
	Emission uint64 `json:"emission"`
}

// EpochRecord is the outcome of one Yuma epoch of one subnet and its
// settlement. The amounts satisfy
//
//	OwnerCut = floor(Emission · owner_cut / 65535)
//	PayoutsTotal = Σ Payouts.Amount ≤ Emission   (the owner cut exactly;
//	               the Yuma part Emission − OwnerCut less rounding dust)
//
// A settled record older than the subnet's last Genesis.EpochHistory
// epochs is pruned at the next tick: Payouts and Metagraph are dropped
// (nil) and Pruned is set; the summary (subnet, epoch, block, emission,
// owner cut, owner, payouts total and hash, tx) stays.
type EpochRecord struct {
	Subnet uint16 `json:"subnet"`
	// Epoch numbers the subnet's epochs from 1.
	Epoch uint64 `json:"epoch"`
	// Block is the block at which the epoch ran.
	Block uint64 `json:"block"`
	// Emission is tempo × emission_per_block.
	Emission uint64 `json:"emission"`
	// OwnerCut is the owner's part of Emission.
	OwnerCut uint64 `json:"owner_cut"`
	// Owner is the subnet owner's address.
	Owner common.Address `json:"owner"`
	// PayoutsTotal is the sum of the payouts' amounts and PayoutsHash
	// their PayoutsHash, kept when the record is pruned.
	PayoutsTotal uint64      `json:"payouts_total"`
	PayoutsHash  common.Hash `json:"payouts_hash"`
	// Payouts are ordered by uid, the owner cut (uid 65535) last; only
	// nonzero amounts are listed. Nil once pruned.
	Payouts []Payout `json:"payouts"`
	// Metagraph has one row per uid. Nil once pruned.
	Metagraph []MetagraphRow `json:"metagraph"`
	// Tx is the settlement transaction hash (0x-prefixed, lower case), or
	// "" while the epoch is unsettled.
	Tx string `json:"tx"`
	// Pruned says that only the summary is kept (see above).
	Pruned bool `json:"pruned,omitempty"`
}

// PayoutsHash returns keccak256 of the payouts in order, each written as
//
//	uid 2 bytes big-endian ‖ address 20 bytes ‖ amount 8 bytes big-endian ‖
//	len(role) 1 byte ‖ role
//
// the digest a pruned EpochRecord keeps of its payouts.
func PayoutsHash(payouts []Payout) common.Hash {
	buf := make([]byte, 0, len(payouts)*(2+common.AddressLength+8+1+len(RoleValidator)))
	for _, p := range payouts {
		buf = binary.BigEndian.AppendUint16(buf, p.UID)
		buf = append(buf, p.Address[:]...)
		buf = binary.BigEndian.AppendUint64(buf, p.Amount)
		buf = append(buf, byte(len(p.Role)))
		buf = append(buf, p.Role...)
	}
	return crypto.Keccak256Hash(buf)
}

func (r EpochRecord) clone() EpochRecord {
	r.Payouts = slices.Clone(r.Payouts)
	r.Metagraph = slices.Clone(r.Metagraph)
	return r
}

// NeuronView is a registered uid: its identity, its stored inputs and the
// outputs of the subnet's last epoch.
type NeuronView struct {
	UID    uint16         `json:"uid"`
	Hotkey common.Address `json:"hotkey"`
	Role   string         `json:"role"`
	// Axon is where the neuron serves, "ip:port" ("[ip]:port" for IPv6),
	// or "" when it never served; AxonProtocol is serve_axon's protocol
	// (0 for an axon given at registration) and AxonBlock the block of the
	// last axon update.
	Axon         string `json:"axon"`
	AxonProtocol uint8  `json:"axon_protocol"`
	AxonBlock    uint64 `json:"axon_block"`
	// Stake is the hotkey's stake in the ledger's stake table (the genesis
	// stakes, then stake snapshots), whatever the role.
	Stake uint64 `json:"stake"`
	// Burn is the registration price the neuron paid.
	Burn            uint64 `json:"burn"`
	RegisteredAt    uint64 `json:"registered_at"`
	LastUpdate      uint64 `json:"last_update"`
	ValidatorPermit bool   `json:"validator_permit"`
	Active          bool   `json:"active"`
	Consensus       uint16 `json:"consensus"`
	Incentive       uint16 `json:"incentive"`
	Dividends       uint16 `json:"dividends"`
	ValidatorTrust  uint16 `json:"validator_trust"`
	Emission        uint64 `json:"emission"`
	// Weights are the stored (max-upscaled) weights, by uid.
	Weights []Entry `json:"weights"`
	// Bonds are the stored bonds, by uid.
	Bonds []Entry `json:"bonds"`
	// Commits are the neuron's unrevealed, unexpired weight commits, oldest
	// first.
	Commits []Commit `json:"commits"`
	// ModelHash and Hardware are a miner's declarations (register,
	// serve_axon): the model it serves and what it runs on; "" and nil when
	// it declared none.
	ModelHash string    `json:"model_hash"`
	Hardware  *Hardware `json:"hardware"`
	// FineTunes are a miner's last fine-tune commitments, oldest first.
	FineTunes []FineTuneCommit `json:"fine_tunes"`
}

// Commit is a weight commit waiting for its reveal: the committed hash,
// the subnet's epoch index when it was made (commit_epoch) and its block.
// It is revealed while the subnet's epoch index is Epoch +
// reveal_period_epochs and dropped when the index passes that.
type Commit struct {
	Hash  common.Hash `json:"hash"`
	Epoch uint64      `json:"epoch"`
	Block uint64      `json:"block"`
}

// SubnetView is a subnet with its neurons (the metagraph), a copy safe to
// keep.
type SubnetView struct {
	ID        uint16 `json:"id"`
	Name      string `json:"name"`
	Task      string `json:"task"`
	ModelHash string `json:"model_hash"`
	// ModelURL, Datasets and Scoring are as create_subnet set them (see
	// CreateSubnet); Scoring holds the task's defaults where it gave none.
	ModelURL    string         `json:"model_url"`
	Datasets    []Dataset      `json:"datasets"`
	Scoring     Scoring        `json:"scoring"`
	Owner       common.Address `json:"owner"`
	Hyperparams Hyperparams    `json:"hyperparams"`
	// CreatedAt is the block of creation; the epoch clock starts there.
	CreatedAt uint64 `json:"created_at"`
	// LastEpochBlock is the block of the last epoch (0: none yet).
	LastEpochBlock uint64 `json:"last_epoch_block"`
	// NextEpochBlock is the block whose tick runs the next epoch.
	NextEpochBlock uint64 `json:"next_epoch_block"`
	// Epochs is the number of epochs run.
	Epochs uint64 `json:"epochs"`
	// EpochIndex is the number of epochs due so far (run or skipped), the
	// commit-reveal clock: a commit made now has commit_epoch EpochIndex
	// and is revealed when EpochIndex = commit_epoch + reveal_period_epochs.
	EpochIndex uint64 `json:"epoch_index"`
	// Burn is the current registration price, in base units.
	Burn uint64 `json:"burn"`
	// Neurons are indexed by uid.
	Neurons []NeuronView `json:"neurons"`
	// Labeling counts a preference subnet's labeling round and pool (nil
	// for other tasks).
	Labeling *LabelingView `json:"labeling,omitempty"`
	// Offences are the miners' offences the subnet holds (reported,
	// confirmed, slashed), in the order they were opened.
	Offences []Offence `json:"offences"`
}

// UIDOf returns the uid of hotkey on the subnet.
func (v SubnetView) UIDOf(hotkey common.Address) (uint16, bool) {
	for _, n := range v.Neurons {
		if n.Hotkey == hotkey {
			return n.UID, true
		}
	}
	return 0, false
}

// EpochRef names one epoch of one subnet.
type EpochRef struct {
	Subnet uint16 `json:"subnet"`
	Epoch  uint64 `json:"epoch"`
}

// TickResult is the Value of an accepted tick: the new block and the
// epochs it ran, by subnet id.
type TickResult struct {
	Block  uint64     `json:"block"`
	Epochs []EpochRef `json:"epochs"`
	// Skipped lists epochs that were due but could not run (the subnet's
	// state failed the epoch's validation, which the ledger's invariants
	// rule out); each such subnet emits nothing for that tempo.
	Skipped []string `json:"skipped,omitempty"`
}

// RegisterResult is the Value of an accepted register: the uid assigned,
// whether it replaced (pruned) another neuron, and the registration price
// paid (recorded only: the on-chain burn is not implemented yet).
type RegisterResult struct {
	Subnet   uint16 `json:"subnet"`
	UID      uint16 `json:"uid"`
	Replaced bool   `json:"replaced"`
	Burn     uint64 `json:"burn"`
}

// CommitResult is the Value of an accepted commit_weights: the commit's
// epoch and the epoch index at which it must be revealed.
type CommitResult struct {
	Subnet      uint16 `json:"subnet"`
	UID         uint16 `json:"uid"`
	Epoch       uint64 `json:"epoch"`
	RevealEpoch uint64 `json:"reveal_epoch"`
}

// Result is what FSM.Apply returns for every log entry (raft hands it back
// from ApplyFuture.Response on the node that proposed the entry).
type Result struct {
	// Index is the raft log index of the entry.
	Index uint64 `json:"index"`
	// Err is empty when the command was applied, and otherwise says why
	// it was rejected (a rejected command changed nothing but, possibly,
	// its signer's nonce).
	Err string `json:"err,omitempty"`
	// Value is the command's result: a TickResult for tick, a
	// RegisterResult for register, a CommitResult for commit_weights, nil
	// otherwise and on rejection.
	Value any `json:"value,omitempty"`

	cause error
}

// Cause returns the rejection as an error wrapping one of the package's
// (or package subnet's) sentinel errors, or nil when the command was
// applied. It is not carried across processes; Err is.
func (r *Result) Cause() error { return r.cause }

// neuron is one uid's stored state.
type neuron struct {
	Hotkey          common.Address `json:"hotkey"`
	Role            string         `json:"role"`
	Axon            string         `json:"axon"`
	AxonProtocol    uint8          `json:"axon_protocol,omitempty"`
	AxonBlock       uint64         `json:"axon_block,omitempty"`
	Burn            uint64         `json:"burn"`
	RegisteredAt    uint64         `json:"registered_at"`
	LastUpdate      uint64         `json:"last_update"`
	ValidatorPermit bool           `json:"validator_permit"`
	Active          bool           `json:"active"`
	Consensus       uint16         `json:"consensus"`
	Incentive       uint16         `json:"incentive"`
	Dividends       uint16         `json:"dividends"`
	ValidatorTrust  uint16         `json:"validator_trust"`
	Emission        uint64         `json:"emission"`
	Weights         []Entry        `json:"weights,omitempty"`
	Bonds           []Entry        `json:"bonds,omitempty"`
	Commits         []Commit       `json:"commits,omitempty"`
	// The miner's declarations (ModelHash, Hardware) and fine-tune
	// commitments, oldest first.
	ModelHash string           `json:"model_hash,omitempty"`
	Hardware  *Hardware        `json:"hardware,omitempty"`
	FineTunes []FineTuneCommit `json:"fine_tunes,omitempty"`
}

// subnetState is one subnet's stored state.
type subnetState struct {
	ID          uint16         `json:"id"`
	Name        string         `json:"name"`
	Task        string         `json:"task"`
	ModelHash   string         `json:"model_hash"`
	ModelURL    string         `json:"model_url,omitempty"`
	Datasets    []Dataset      `json:"datasets,omitempty"`
	Scoring     Scoring        `json:"scoring"`
	Owner       common.Address `json:"owner"`
	Hyperparams Hyperparams    `json:"hyperparams"`
	CreatedAt   uint64         `json:"created_at"`
	// LastEpochBlock is the block of the last successful epoch (0: none),
	// an input of the next epoch.
	LastEpochBlock uint64 `json:"last_epoch_block"`
	// EpochStart is where the epoch clock counts from: the creation block,
	// then the block of each epoch run (or skipped).
	EpochStart uint64 `json:"epoch_start"`
	// EpochIndex counts the epochs due so far, run or skipped (see
	// SubnetView.EpochIndex).
	EpochIndex uint64 `json:"epoch_index"`
	// Burn is the current registration price; BurnDecayQ32 is
	// subnet.DecayFactorQ32(burn_half_life), computed when the half-life
	// is set rather than at every tick.
	Burn         uint64 `json:"burn"`
	BurnDecayQ32 uint64 `json:"burn_decay_q32"`
	// OwnerHyperparamsBlock is the block of the owner's last
	// set_hyperparams (nil: none), for its rate limit.
	OwnerHyperparamsBlock *uint64       `json:"owner_hyperparams_block,omitempty"`
	Neurons               []neuron      `json:"neurons,omitempty"`
	Epochs                []EpochRecord `json:"epochs,omitempty"`
	// Labeling is a preference subnet's pool and labeling rounds (nil
	// before its first comparison or round).
	Labeling *labelingState `json:"labeling,omitempty"`
	// Offences are the miners' open, confirmed and recently slashed
	// offences, in the order they were opened.
	Offences []Offence `json:"offences,omitempty"`
	// FineTuneSeq counts the fine-tune commitments recorded on the subnet
	// (the last FineTuneCommit.Seq).
	FineTuneSeq uint64 `json:"fine_tune_seq,omitempty"`

	// firstFull is a cursor, not state: every epoch record before it is
	// pruned (0 after a restore; pruneEpochs advances it).
	firstFull int
}

// clone returns a copy of s that shares nothing Apply changes in place:
// the neurons and their rows are copied; the epoch records are copied but
// share their payouts and metagraph, which are never changed once made
// (pruning replaces them with nil in the live record only).
func (s *subnetState) clone() *subnetState {
	c := *s
	c.Datasets = slices.Clone(s.Datasets)
	if s.OwnerHyperparamsBlock != nil {
		b := *s.OwnerHyperparamsBlock
		c.OwnerHyperparamsBlock = &b
	}
	c.Neurons = slices.Clone(s.Neurons)
	for i := range c.Neurons {
		nu := &c.Neurons[i]
		nu.Weights, nu.Bonds, nu.Commits = slices.Clone(nu.Weights), slices.Clone(nu.Bonds), slices.Clone(nu.Commits)
		nu.Hardware, nu.FineTunes = nu.Hardware.clone(), slices.Clone(nu.FineTunes)
	}
	c.Epochs = slices.Clone(s.Epochs)
	c.Labeling = s.Labeling.clone()
	c.Offences = slices.Clone(s.Offences)
	for i := range c.Offences {
		c.Offences[i] = c.Offences[i].clone()
	}
	return &c
}

// pruneEpochs prunes every settled epoch record older than the subnet's
// last keep records (see EpochRecord).
func (s *subnetState) pruneEpochs(keep uint64) {
	if uint64(len(s.Epochs)) <= keep {
		return
	}
	old := len(s.Epochs) - int(keep)
	for i := s.firstFull; i < old; i++ {
		if r := &s.Epochs[i]; !r.Pruned && r.Tx != "" {
			r.Payouts, r.Metagraph, r.Pruned = nil, nil, true
		}
	}
	for s.firstFull < old && s.Epochs[s.firstFull].Pruned {
		s.firstFull++
	}
}

// uidOf returns the uid of hotkey, or -1.
func (s *subnetState) uidOf(hotkey common.Address) int {
	for i := range s.Neurons {
		if s.Neurons[i].Hotkey == hotkey {
			return i
		}
	}
	return -1
}

// epochDue reports whether the tick of block runs the subnet's epoch:
// block − EpochStart ≥ tempo.
func (s *subnetState) epochDue(block uint64) bool {
	return block-s.EpochStart >= uint64(s.Hyperparams.Tempo)
}

// state is everything the FSM replicates.
type state struct {
	index  uint64
	block  uint64
	nonces map[common.Address]uint64
	// stakes is the stake table, hotkey → stake (no zero entries), and
	// stakeBlock the block of the last stake snapshot (0: the genesis).
	stakes     map[common.Address]uint64
	stakeBlock uint64
	// claims is the cumulative claim tree of Merkle settlements.
	claims claimsState
	// chain is what is ingested of the settlement chain's registry.
	chain   chainState
	subnets []*subnetState // ascending id
}

// newState returns the state at genesis g: block 0, the genesis stakes.
func newState(g Genesis) *state {
	st := &state{nonces: map[common.Address]uint64{}, stakes: map[common.Address]uint64{}, claims: claimsState{earned: map[common.Address]uint64{}}}
	for _, v := range g.Validators {
		if v.Stake > 0 {
			st.stakes[v.Address] = v.Stake
		}
	}
	return st
}

// subnet returns the subnet with the given id.
func (st *state) subnet(id uint16) (*subnetState, bool) {
	i, ok := slices.BinarySearchFunc(st.subnets, id, func(s *subnetState, id uint16) int { return cmp.Compare(s.ID, id) })
	if !ok {
		return nil, false
	}
	return st.subnets[i], true
}

// snapshotFormat names the snapshot encoding; Restore accepts only it.
// Version 3 added the subnets' model_url, datasets and scoring; version 4
// the epoch records' payouts_total, payouts_hash and pruned; version 5 the
// claim tree; version 6 the preference subnets' labeling; version 7 the
// miners' model_hash, hardware and fine_tunes and the subnets' offences.
// Snapshots of
// earlier versions are refused (ErrInvalidSnapshot), so a data directory
// written before it must be started afresh.
const snapshotFormat = "agora-ledger/7"

// snapshotFormatV6, snapshotFormatV5 and snapshotFormatV4 are earlier
// encodings that Restore still accepts, as states with none of what they
// lack: version 6 has no miners' declarations, fine-tune commitments or
// offences, versions 5 and 4 no labeling either, version 4 no claims.
const (
	snapshotFormatV6 = "agora-ledger/6"
	snapshotFormatV5 = "agora-ledger/5"
	snapshotFormatV4 = "agora-ledger/4"
)

// snapshotFile is the canonical encoding of the state: a JSON object whose
// collections are slices sorted by key (nonces by address, subnets by id,
// neurons by uid, epochs by number), so that encoding/json writes the same
// bytes on every replica. It is both the snapshot format and what StateHash
// hashes; writeState writes it without building it.
type snapshotFile struct {
	Format     string         `json:"format"`
	Index      uint64         `json:"index"`
	Block      uint64         `json:"block"`
	Genesis    Genesis        `json:"genesis"`
	Nonces     []nonceEntry   `json:"nonces"`
	StakeBlock uint64         `json:"stake_block"`
	Stakes     []Stake        `json:"stakes"`
	Claims     claimsFile     `json:"claims"`
	Chain      chainState     `json:"chain"`
	Subnets    []*subnetState `json:"subnets"`
}

type nonceEntry struct {
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
}

// encode returns the canonical encoding of st under genesis g.
func (st *state) encode(g Genesis) ([]byte, error) {
	var buf bytes.Buffer
	if err := writeState(&buf, st.image(g)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// hash is sha256 of the canonical encoding, computed as it is written.
func (st *state) hash(g Genesis) (common.Hash, error) {
	h := sha256.New()
	if err := writeState(h, st.image(g)); err != nil {
		return common.Hash{}, err
	}
	return common.Hash(h.Sum(nil)), nil
}

// readState parses and checks a canonical encoding made under genesis g,
// reading it as a stream: the subnets are decoded one at a time, so that
// the encoding is never held whole. The checks and errors are those of a
// json.Decoder with DisallowUnknownFields decoding the whole snapshotFile:
// keys match the field names as encoding/json matches them (case
// insensitively), a key may repeat (the last counts), and after the object
// only what json.Decoder.More accepts may follow.
func readState(r io.Reader, g Genesis, keep uint64) (*state, error) {
	bad := func(err error) error { return fmt.Errorf("%w: %v", ErrInvalidSnapshot, err) }
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var f snapshotFile
	if err := expectDelim(dec, '{'); err != nil {
		return nil, bad(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, bad(err)
		}
		key, _ := tok.(string) // a key: the decoder checked the syntax
		switch field := snapshotKey(key); field {
		case "subnets":
			if f.Subnets, err = readSubnets(dec); err != nil {
				return nil, bad(err)
			}
		case "":
			return nil, bad(fmt.Errorf("json: unknown field %q", key))
		default:
			if err := dec.Decode(snapshotField(&f, field)); err != nil {
				return nil, bad(err)
			}
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, bad(err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrInvalidSnapshot)
	}
	if f.Format != snapshotFormat && f.Format != snapshotFormatV6 && f.Format != snapshotFormatV5 && f.Format != snapshotFormatV4 {
		return nil, fmt.Errorf("%w: format %q, want %q", ErrInvalidSnapshot, truncate(f.Format, 40), snapshotFormat)
	}
	want, _ := json.Marshal(g)
	got, _ := json.Marshal(f.Genesis.normalized())
	if !bytes.Equal(want, got) {
		return nil, fmt.Errorf("%w: snapshot %s, ledger %s", ErrGenesisMismatch, got, want)
	}
	st := &state{
		index: f.Index, block: f.Block, nonces: make(map[common.Address]uint64, len(f.Nonces)),
		stakes: make(map[common.Address]uint64, len(f.Stakes)), stakeBlock: f.StakeBlock, subnets: f.Subnets,
	}
	var err error
	if st.claims, err = f.Claims.state(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSnapshot, err)
	}
	if err := f.Chain.check(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSnapshot, err)
	}
	st.chain = f.Chain
	for i, n := range f.Nonces {
		if i > 0 && f.Nonces[i-1].Address.Cmp(n.Address) >= 0 {
			return nil, fmt.Errorf("%w: nonces not sorted by address at %d", ErrInvalidSnapshot, i)
		}
		if n.Nonce == 0 {
			return nil, fmt.Errorf("%w: nonce of %s is 0", ErrInvalidSnapshot, n.Address.Hex())
		}
		st.nonces[n.Address] = n.Nonce
	}
	var total uint64
	for i, e := range f.Stakes {
		if i > 0 && f.Stakes[i-1].Hotkey.Cmp(e.Hotkey) >= 0 {
			return nil, fmt.Errorf("%w: stakes not sorted by hotkey at %d", ErrInvalidSnapshot, i)
		}
		if e.Amount == 0 {
			return nil, fmt.Errorf("%w: stake of %s is 0", ErrInvalidSnapshot, e.Hotkey.Hex())
		}
		total += e.Amount
		if total < e.Amount || total > math.MaxInt64 {
			return nil, fmt.Errorf("%w: total stake exceeds %d", ErrInvalidSnapshot, int64(math.MaxInt64))
		}
		st.stakes[e.Hotkey] = e.Amount
	}
	if st.subnets == nil {
		st.subnets = []*subnetState{}
	}
	if len(st.subnets) > MaxSubnets {
		return nil, fmt.Errorf("%w: %d subnets, at most %d", ErrInvalidSnapshot, len(st.subnets), MaxSubnets)
	}
	for i, s := range st.subnets {
		if s == nil {
			return nil, fmt.Errorf("%w: subnets[%d] is null", ErrInvalidSnapshot, i)
		}
		if i > 0 && st.subnets[i-1].ID >= s.ID {
			return nil, fmt.Errorf("%w: subnets not sorted by id at %d", ErrInvalidSnapshot, i)
		}
		if err := s.check(st.block, keep); err != nil {
			return nil, fmt.Errorf("%w: subnet %d: %v", ErrInvalidSnapshot, s.ID, err)
		}
	}
	return st, nil
}

// snapshotKey returns the snapshotFile key that key names, matched as
// encoding/json matches struct fields (exactly, else case-insensitively),
// or "".
func snapshotKey(key string) string {
	keys := jsonNames(reflect.TypeFor[snapshotFile]())
	if slices.Contains(keys, key) {
		return key
	}
	for _, k := range keys {
		if strings.EqualFold(k, key) {
			return k
		}
	}
	return ""
}

// snapshotField returns a pointer to the field of f with the given key
// (not "subnets").
func snapshotField(f *snapshotFile, key string) any {
	switch key {
	case "format":
		return &f.Format
	case "index":
		return &f.Index
	case "block":
		return &f.Block
	case "genesis":
		return &f.Genesis
	case "nonces":
		return &f.Nonces
	case "stake_block":
		return &f.StakeBlock
	case "stakes":
		return &f.Stakes
	case "claims":
		return &f.Claims
	case "chain":
		return &f.Chain
	}
	panic("ledger: snapshot key " + key)
}

// readSubnets decodes the subnets array (or null) one subnet at a time.
func readSubnets(dec *json.Decoder) ([]*subnetState, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok == nil {
		return nil, nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, fmt.Errorf("json: cannot unmarshal %v into Go struct field snapshotFile.subnets of type []*ledger.subnetState", tok)
	}
	out := []*subnetState{}
	for dec.More() {
		if len(out) >= MaxSubnets {
			return nil, fmt.Errorf("more than %d subnets", MaxSubnets)
		}
		var s *subnetState
		if err := dec.Decode(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, expectDelim(dec, ']')
}

// expectDelim reads the next token, which must be delimiter d.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if got, ok := tok.(json.Delim); !ok || got != d {
		return fmt.Errorf("json: want %v, got %v", d, tok)
	}
	return nil
}

// check verifies a restored subnet's invariants: valid creation fields
// (model URL, datasets and scoring included),
// a price within [min_burn, max_burn] and the decay factor of the
// half-life, at most max_allowed_uids neurons with distinct hotkeys, valid
// roles and axons, rows whose uids exist and do not repeat, at most
// MaxUnrevealedCommits unexpired commits per neuron in order, and epochs
// numbered 1, 2, … (no more than the epoch index).
func (s *subnetState) check(block, keep uint64) error {
	hp := &s.Hyperparams
	c := CreateSubnet{ID: s.ID, Name: s.Name, Task: s.Task, ModelHash: s.ModelHash,
		ModelURL: s.ModelURL, Datasets: s.Datasets, Scoring: s.Scoring, Hyperparams: *hp}
	if err := c.Validate(); err != nil {
		return err
	}
	if s.CreatedAt > block || s.LastEpochBlock > block || s.EpochStart > block || s.EpochStart < s.CreatedAt ||
		s.OwnerHyperparamsBlock != nil && *s.OwnerHyperparamsBlock > block {
		return fmt.Errorf("blocks after the current block %d", block)
	}
	if s.Burn < hp.MinBurn || s.Burn > hp.MaxBurn {
		return fmt.Errorf("burn %d outside [%d, %d]", s.Burn, hp.MinBurn, hp.MaxBurn)
	}
	if want := subnet.DecayFactorQ32(hp.BurnHalfLife); s.BurnDecayQ32 != want {
		return fmt.Errorf("burn_decay_q32 %d, want %d", s.BurnDecayQ32, want)
	}
	if uint64(len(s.Epochs)) > s.EpochIndex {
		return fmt.Errorf("%d epochs, epoch index %d", len(s.Epochs), s.EpochIndex)
	}
	n := len(s.Neurons)
	if n > int(s.Hyperparams.MaxAllowedUIDs) {
		return fmt.Errorf("%d neurons, max_allowed_uids %d", n, s.Hyperparams.MaxAllowedUIDs)
	}
	hotkeys := make(map[common.Address]bool, n)
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		if hotkeys[nu.Hotkey] {
			return fmt.Errorf("uid %d: hotkey %s repeats", i, nu.Hotkey.Hex())
		}
		hotkeys[nu.Hotkey] = true
		if err := (Register{Subnet: s.ID, Role: nu.Role, Axon: nu.Axon, ModelHash: nu.ModelHash, Hardware: nu.Hardware}).Validate(); err != nil {
			return fmt.Errorf("uid %d: %v", i, err)
		}
		if err := checkServedModel(s, nu.ModelHash); err != nil {
			return fmt.Errorf("uid %d: %v", i, err)
		}
		if len(nu.FineTunes) > MaxFineTuneCommits {
			return fmt.Errorf("uid %d: %d fine-tune commitments, at most %d", i, len(nu.FineTunes), MaxFineTuneCommits)
		}
		for k, ft := range nu.FineTunes {
			if !isHex(ft.Commitment, 64, false) || ft.Block > block || ft.Seq == 0 || ft.Seq > s.FineTuneSeq ||
				k > 0 && (ft.Block < nu.FineTunes[k-1].Block || ft.Seq <= nu.FineTunes[k-1].Seq) {
				return fmt.Errorf("uid %d: fine-tune commitment %d malformed, in the future or out of order", i, k)
			}
		}
		if nu.RegisteredAt > block || nu.LastUpdate > block || nu.AxonBlock > block {
			return fmt.Errorf("uid %d: blocks after the current block %d", i, block)
		}
		if len(nu.Commits) > MaxUnrevealedCommits {
			return fmt.Errorf("uid %d: %d commits, at most %d", i, len(nu.Commits), MaxUnrevealedCommits)
		}
		for k, cm := range nu.Commits {
			if cm.Block > block || cm.Epoch > s.EpochIndex || s.commitExpired(cm) ||
				k > 0 && (cm.Block < nu.Commits[k-1].Block || cm.Epoch < nu.Commits[k-1].Epoch) {
				return fmt.Errorf("uid %d: commit %d (epoch %d, block %d) out of order, in the future or expired", i, k, cm.Epoch, cm.Block)
			}
		}
		for _, row := range [][]Entry{nu.Weights, nu.Bonds} {
			seen := make(map[uint16]bool, len(row))
			for _, e := range row {
				if int(e.UID) >= n || seen[e.UID] {
					return fmt.Errorf("uid %d: row entry uid %d out of range or repeated", i, e.UID)
				}
				seen[e.UID] = true
			}
		}
	}
	if err := s.checkOffences(block); err != nil {
		return err
	}
	for i := range s.Epochs {
		r := &s.Epochs[i]
		if r.Subnet != s.ID || r.Epoch != uint64(i)+1 {
			return fmt.Errorf("epochs[%d] is subnet %d epoch %d", i, r.Subnet, r.Epoch)
		}
		if r.Pruned {
			if r.Tx == "" || r.Payouts != nil || r.Metagraph != nil || uint64(len(s.Epochs)-i) <= keep {
				return fmt.Errorf("epoch %d: pruned but unsettled, holding payouts or metagraph, or among the last %d", r.Epoch, keep)
			}
			continue
		}
		var total uint64
		for _, p := range r.Payouts {
			total += p.Amount
			if total < p.Amount {
				return fmt.Errorf("epoch %d: payouts overflow", r.Epoch)
			}
		}
		if total != r.PayoutsTotal || total > r.Emission {
			return fmt.Errorf("epoch %d: payouts add up to %d, payouts_total %d, emission %d", r.Epoch, total, r.PayoutsTotal, r.Emission)
		}
	}
	if err := s.checkLabeling(block); err != nil {
		return fmt.Errorf("labeling: %w", err)
	}
	return nil
}

// view returns a deep copy of s as a SubnetView; stake gives each neuron's
// stake.
func (s *subnetState) view(stake func(*neuron) uint64, rows bool) SubnetView {
	v := SubnetView{
		ID: s.ID, Name: s.Name, Task: s.Task, ModelHash: s.ModelHash,
		ModelURL: s.ModelURL, Datasets: append([]Dataset{}, s.Datasets...), Scoring: s.Scoring, Owner: s.Owner,
		Hyperparams: s.Hyperparams, CreatedAt: s.CreatedAt, LastEpochBlock: s.LastEpochBlock,
		NextEpochBlock: s.EpochStart + uint64(s.Hyperparams.Tempo),
		Epochs:         uint64(len(s.Epochs)),
		EpochIndex:     s.EpochIndex,
		Burn:           s.Burn,
		Neurons:        make([]NeuronView, len(s.Neurons)),
	}
	if s.Task == TaskPreference {
		v.Labeling = s.Labeling.view()
	}
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		v.Neurons[i] = NeuronView{
			UID: uint16(i), Hotkey: nu.Hotkey, Role: nu.Role,
			Axon: nu.Axon, AxonProtocol: nu.AxonProtocol, AxonBlock: nu.AxonBlock,
			Stake: stake(nu), Burn: nu.Burn,
			RegisteredAt: nu.RegisteredAt, LastUpdate: nu.LastUpdate,
			ValidatorPermit: nu.ValidatorPermit, Active: nu.Active,
			Consensus: nu.Consensus, Incentive: nu.Incentive, Dividends: nu.Dividends,
			ValidatorTrust: nu.ValidatorTrust, Emission: nu.Emission,
			Commits: append([]Commit{}, nu.Commits...),

			ModelHash: nu.ModelHash, Hardware: nu.Hardware.clone(),
			FineTunes: append([]FineTuneCommit{}, nu.FineTunes...),
		}
		if rows {
			v.Neurons[i].Weights = append([]Entry{}, nu.Weights...)
			v.Neurons[i].Bonds = append([]Entry{}, nu.Bonds...)
		}
	}
	v.Offences = make([]Offence, len(s.Offences))
	for i, o := range s.Offences {
		v.Offences[i] = o.clone()
	}
	return v
}
