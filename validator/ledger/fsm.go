package ledger

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"net/netip"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/subnet"
)

// FSM is the replicated subnet ledger: a hashicorp/raft state machine whose
// log entries are JSON-encoded signed Envelopes. Apply is deterministic: it
// reads only the entry and the state (never a clock, never a float, never a
// map's iteration order), so every replica that applies the same entries
// holds the same state and StateHash. Readers may run concurrently with
// Apply; every value they return is a copy.
type FSM struct {
	// Fixed at construction.
	genesis    Genesis // normalized
	genesisErr error
	validators map[common.Address]bool // genesis validators
	creators   map[common.Address]bool // nil: anyone may create subnets
	domain     signingDomain           // the genesis chain's EIP-712 domain

	mu      sync.RWMutex
	st      *state
	epocher scoring.Epocher // used by Apply only, under mu

	// hashMu guards the StateHash cache, which readers fill under mu's
	// read lock; Apply and Restore clear it under mu's write lock.
	hashMu    sync.Mutex
	hashValid bool
	hash      common.Hash
}

var (
	_ raft.FSM         = (*FSM)(nil)
	_ raft.BatchingFSM = (*FSM)(nil)
)

// NewFSM returns an empty ledger (block 0, no subnets) for genesis g. Call
// g.Validate first: an FSM built from an invalid genesis rejects every
// command with that error (wrapping ErrInvalidGenesis) rather than failing
// here.
func NewFSM(g Genesis) *FSM {
	f := &FSM{
		genesis:    g.normalized(),
		genesisErr: g.Validate(),
		validators: make(map[common.Address]bool, len(g.Validators)),
		domain:     newSigningDomain(g.ChainID),
		st:         newState(g),
	}
	for _, v := range g.Validators {
		f.validators[v.Address] = true
	}
	if len(g.SubnetCreators) > 0 {
		f.creators = make(map[common.Address]bool, len(g.SubnetCreators))
		for _, a := range g.SubnetCreators {
			f.creators[a] = true
		}
	}
	return f
}

// Apply applies one committed raft log entry and returns a *Result; it
// never panics and never returns an error any other way. In order:
//
//  1. An index not above the last applied one is ignored (ErrStaleIndex).
//     Otherwise the entry's index becomes the applied index, whatever
//     follows.
//  2. A non-command entry, an entry under an invalid genesis, an entry that
//     is not an Envelope (DecodeEnvelope) or that fails Envelope.Verify is
//     rejected and changes nothing else.
//  3. The nonce must be Nonce(signer) + 1 (ErrBadNonce; nothing changes).
//  4. The nonce is consumed. From here on a rejection (bad payload, a rule
//     of the command) changes nothing else, but the nonce stays used: a
//     signed command can be applied at most once, and the signer's next
//     command takes the next nonce.
//  5. The command runs (see the package documentation for each type).
func (f *FSM) Apply(l *raft.Log) any {
	var p prepared
	if l.Type == raft.LogCommand {
		p = f.prepare(l)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.applyPrepared(l, &p)
}

// prepared is what Apply computes from a command entry alone, before it
// touches the state: the decoded and verified envelope and its decoded
// payload, or the first error. It depends on nothing but the entry's bytes
// and the genesis, so prepare may run for several entries at once
// (ApplyBatch); applyPrepared then uses it exactly where Apply would have
// decoded and verified.
type prepared struct {
	env        *Envelope
	err        error // decoding or verification of the envelope
	payload    any
	payloadErr error
}

// prepare decodes and verifies a command entry's envelope and decodes its
// payload. It reads only l.Data and fields fixed at construction. A panic
// (a bug) becomes ErrInternal, reported where Apply would have met it: in
// the envelope's checks before the nonce, in the payload's after.
func (f *FSM) prepare(l *raft.Log) (p prepared) {
	func() {
		defer func() {
			if r := recover(); r != nil {
				p = prepared{err: fmt.Errorf("%w: %v", ErrInternal, r)}
			}
		}()
		p = prepared{}
		p.env, p.err = f.decodeEntry(l.Data)
	}()
	if p.err != nil {
		p.env = nil
		return p
	}
	defer func() {
		if r := recover(); r != nil {
			p.payload, p.payloadErr = nil, fmt.Errorf("%w: %v", ErrInternal, r)
		}
	}()
	p.payload, p.payloadErr = DecodePayload(p.env.Type, p.env.Payload)
	return p
}

// decodeEntry decodes and checks a command entry: an attested entry (see
// Attest) by every check but the signature's recovery, its signer taken
// from the attestation; any other entry as an Envelope by Verify.
func (f *FSM) decodeEntry(data []byte) (*Envelope, error) {
	signer, body, attested, err := parseAttested(data)
	if err != nil {
		return nil, err
	}
	env, canonical, err := decodeEnvelope(body, true)
	if err != nil {
		return env, err
	}
	if !attested {
		return env, env.verify(f.domain, canonical)
	}
	if env.Signer != signer {
		return env, fmt.Errorf("%w: attested %s, signer %s", ErrWrongSigner, signer.Hex(), env.Signer.Hex())
	}
	return env, env.check(f.domain, canonical, false)
}

// applyPrepared is Apply with the entry prepared (for a command entry);
// f.mu is held.
func (f *FSM) applyPrepared(l *raft.Log, p *prepared) *Result {
	res := &Result{Index: l.Index}
	if l.Index <= f.st.index {
		res.reject(fmt.Errorf("%w: %d, applied %d", ErrStaleIndex, l.Index, f.st.index))
		return res
	}
	f.st.index = l.Index
	f.hashValid = false
	value, err := f.applySafely(l, p)
	if err != nil {
		res.reject(err)
		return res
	}
	res.Value = value
	return res
}

func (r *Result) reject(err error) {
	r.cause = err
	r.Err = err.Error()
	r.Value = nil
}

// applySafely runs apply, turning a panic (a bug) into ErrInternal so that
// one poisonous entry cannot crash every replica on every restart.
func (f *FSM) applySafely(l *raft.Log, p *prepared) (value any, err error) {
	defer func() {
		if p := recover(); p != nil {
			value, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	return f.apply(l, p)
}

func (f *FSM) apply(l *raft.Log, p *prepared) (any, error) {
	if l.Type != raft.LogCommand {
		return nil, fmt.Errorf("%w: type %s", ErrNotCommand, l.Type)
	}
	if f.genesisErr != nil {
		return nil, f.genesisErr
	}
	if p.err != nil {
		return nil, p.err
	}
	env := p.env
	last := f.st.nonces[env.Signer]
	if last == math.MaxUint64 || env.Nonce != last+1 {
		return nil, fmt.Errorf("%w: %s sent %d, want %d", ErrBadNonce, env.Signer.Hex(), env.Nonce, last+1)
	}
	f.st.nonces[env.Signer] = env.Nonce

	if p.payloadErr != nil {
		return nil, p.payloadErr
	}
	switch p := p.payload.(type) {
	case Tick:
		return f.tick(env.Signer, p)
	case CreateSubnet:
		return nil, f.createSubnet(env.Signer, p)
	case Register:
		return f.register(env.Signer, p)
	case SetWeights:
		return nil, f.setWeights(env.Signer, p)
	case Settle:
		return nil, f.settle(env.Signer, p)
	case SetHyperparams:
		return nil, f.setHyperparams(env.Signer, p)
	case ServeAxon:
		return nil, f.serveAxon(env.Signer, p)
	case StakeSnapshot:
		return nil, f.stakeSnapshot(env.Signer, p)
	case ChainEvents:
		return f.chainEvents(env.Signer, p)
	case CommitWeights:
		return f.commitWeights(env.Signer, p)
	case RevealWeights:
		return nil, f.revealWeights(env.Signer, p)
	case AddComparisons:
		return f.addComparisons(env.Signer, p)
	case SubmitPreferences:
		return f.submitPreferences(env.Signer, p)
	case CommitFineTune:
		return f.commitFineTune(env.Signer, p)
	case ReportEvidence:
		return nil, f.reportEvidence(env.Signer, p)
	case Slash:
		return nil, f.slash(env.Signer, p)
	}
	return nil, fmt.Errorf("%w: no handler for %q", ErrInternal, env.Type)
}

// isValidator reports whether addr is a genesis validator ("root").
func (f *FSM) isValidator(addr common.Address) bool {
	return f.validators[addr]
}

// tick advances the block and, for each subnet by ascending id, decays the
// registration price and runs the epoch if it is due (and, on a preference
// subnet, begins the next labeling round); then it prunes the
// settled epoch records that are no longer among each subnet's last
// Genesis.EpochHistory.
func (f *FSM) tick(signer common.Address, t Tick) (any, error) {
	if !f.isValidator(signer) {
		return nil, fmt.Errorf("%w: tick needs a genesis validator, %s is not", ErrUnauthorized, signer.Hex())
	}
	if t.Block != f.st.block+1 {
		return nil, fmt.Errorf("%w: tick to %d, current block %d", ErrWrongBlock, t.Block, f.st.block)
	}
	f.st.block = t.Block
	out := TickResult{Block: t.Block, Epochs: []EpochRef{}}
	for _, s := range f.st.subnets {
		// subtensor skips the multiplication at blocks 0 and 1 but clamps.
		decay := s.BurnDecayQ32
		if t.Block <= 1 {
			decay = subnet.OneQ32
		}
		s.Burn = subnet.DecayBurn(s.Burn, decay, s.Hyperparams.MinBurn, s.Hyperparams.MaxBurn)
		if !s.epochDue(t.Block) {
			continue
		}
		ref, err := f.runEpoch(s, t.Block)
		s.startRound(t.Block) // a preference subnet's labeling round follows the epoch index
		if err != nil {
			out.Skipped = append(out.Skipped, fmt.Sprintf("subnet %d: %v", s.ID, err))
			continue
		}
		out.Epochs = append(out.Epochs, ref)
	}
	keep := f.genesis.epochHistory()
	for _, s := range f.st.subnets {
		s.pruneEpochs(keep)
		s.dropStaleOffences()
	}
	return out, nil
}

// createSubnet adds a subnet owned by the signer, its epoch clock starting
// at the current block.
func (f *FSM) createSubnet(signer common.Address, c CreateSubnet) error {
	if f.creators != nil && !f.creators[signer] {
		return fmt.Errorf("%w: %s may not create subnets", ErrUnauthorized, signer.Hex())
	}
	if _, ok := f.st.subnet(c.ID); ok {
		return fmt.Errorf("%w: %d", ErrSubnetExists, c.ID)
	}
	if len(f.st.subnets) >= MaxSubnets {
		return fmt.Errorf("%w: %d exist", ErrTooManySubnets, len(f.st.subnets))
	}
	hp := &c.Hyperparams
	s := &subnetState{
		ID: c.ID, Name: c.Name, Task: c.Task, ModelHash: c.ModelHash, Owner: signer,
		ModelURL: c.ModelURL, Scoring: c.Scoring,
		Hyperparams: *hp, CreatedAt: f.st.block, EpochStart: f.st.block,
		Burn:         clampBurn(hp.Burn, hp.MinBurn, hp.MaxBurn),
		BurnDecayQ32: subnet.DecayFactorQ32(hp.BurnHalfLife),
	}
	if len(c.Datasets) > 0 {
		s.Datasets = slices.Clone(c.Datasets)
	}
	i, _ := slices.BinarySearchFunc(f.st.subnets, c.ID, func(s *subnetState, id uint16) int { return cmp.Compare(s.ID, id) })
	f.st.subnets = slices.Insert(f.st.subnets, i, s)
	return nil
}

// register gives the signer's hotkey a uid: the next one while the subnet
// has fewer than max_allowed_uids, otherwise subnet.PruneCandidate's, whose
// neuron it replaces. The checks run in subtensor's order (YUMA.md §8.1):
// the subnet, the hotkey not yet registered, the axon (loopback rule), the
// declared model (ErrModelMismatch), the price against max_burn, then
// capacity. The neuron records the price it paid and the miner's
// declarations, and the price is then bumped by burn_increase_mult.
func (f *FSM) register(signer common.Address, r Register) (any, error) {
	s, ok := f.st.subnet(r.Subnet)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownSubnet, r.Subnet)
	}
	if uid := s.uidOf(signer); uid >= 0 {
		return nil, fmt.Errorf("%w: %s is uid %d on subnet %d", ErrAlreadyRegistered, signer.Hex(), uid, s.ID)
	}
	axon, err := parseAxon(r.Axon)
	if err != nil { // Validate ruled it out
		return nil, fmt.Errorf("%w: %v", ErrInternal, err)
	}
	if axon.IsValid() {
		if err := f.checkLoopback(axon.Addr()); err != nil {
			return nil, err
		}
	}
	if err := checkServedModel(s, r.ModelHash); err != nil {
		return nil, err
	}
	price := s.Burn
	if r.MaxBurn != nil && price > *r.MaxBurn {
		return nil, fmt.Errorf("%w: subnet %d costs %d, max_burn %d", ErrBurnTooHigh, s.ID, price, *r.MaxBurn)
	}
	res, err := f.addNeuron(s, signer, r.Role, axon, price)
	if err != nil {
		return nil, err
	}
	nu := &s.Neurons[res.UID]
	nu.ModelHash, nu.Hardware = r.ModelHash, r.Hardware.clone()
	return res, nil
}

// addNeuron registers hotkey (not registered on s) with role and axon (the
// zero AddrPort: none), at price: in a free uid, else in the prune
// candidate's (ErrSubnetFull when there is none); the price then bumps.
// Nothing changes on error.
func (f *FSM) addNeuron(s *subnetState, hotkey common.Address, role string, axon netip.AddrPort, price uint64) (RegisterResult, error) {
	block := f.st.block
	nu := neuron{
		Hotkey: hotkey, Role: role,
		RegisteredAt: block, LastUpdate: block,
		// The genesis epoch: a genesis validator starts with a permit so
		// that its weights count in the subnet's first epoch.
		ValidatorPermit: role == RoleValidator && f.isValidator(hotkey),
		Burn:            price,
	}
	if axon.IsValid() {
		nu.Axon, nu.AxonBlock = axon.String(), block
	}
	hp := &s.Hyperparams
	bump := func() {
		s.Burn = subnet.BumpBurnBy(price, subnet.U64F64(hp.BurnIncreaseMult), hp.MinBurn, hp.MaxBurn)
	}
	n := len(s.Neurons)
	if n < int(s.Hyperparams.MaxAllowedUIDs) {
		s.Neurons = append(s.Neurons, nu)
		bump()
		return RegisterResult{Subnet: s.ID, UID: uint16(n), Burn: price}, nil
	}
	infos := make([]subnet.PruneInfo, n)
	for i := range s.Neurons {
		owner := s.Neurons[i].Hotkey == s.Owner
		infos[i] = subnet.PruneInfo{
			Emission:     s.Neurons[i].Emission,
			RegisteredAt: s.Neurons[i].RegisteredAt,
			OwnerColdkey: owner,
			OwnerHotkey:  owner,
		}
	}
	uid, ok := subnet.PruneCandidate(infos, subnet.PruneParams{
		CurrentBlock:         block,
		ImmunityPeriod:       s.Hyperparams.ImmunityPeriod,
		ImmuneOwnerUIDsLimit: subnet.DefaultImmuneOwnerUIDsLimit,
		MinNonImmuneUIDs:     subnet.DefaultMinNonImmuneUIDs,
	})
	if !ok {
		return RegisterResult{}, fmt.Errorf("%w: subnet %d has %d uids", ErrSubnetFull, s.ID, n)
	}
	// replace_neuron: the new hotkey takes the slot with fresh state; other
	// validators' weights to the slot drop to 0. Their bonds to it stay and
	// are masked by the epoch (registered after the last epoch).
	s.Neurons[uid] = nu
	for i := range s.Neurons {
		for k := range s.Neurons[i].Weights {
			if s.Neurons[i].Weights[k].UID == uid {
				s.Neurons[i].Weights[k].Value = 0
			}
		}
	}
	bump()
	return RegisterResult{Subnet: s.ID, UID: uid, Replaced: true, Burn: price}, nil
}

// setWeights runs subnet.CheckWeights (refused while the subnet has
// commit-reveal on) and stores the max-upscaled row, sorted by uid, with
// last_update = block.
func (f *FSM) setWeights(signer common.Address, w SetWeights) error {
	s, ok := f.st.subnet(w.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, w.Subnet)
	}
	if err := f.checkWeights(s, signer, w.UIDs, w.Values, w.VersionKey, false); err != nil {
		return fmt.Errorf("ledger: set_weights on subnet %d: %w", s.ID, err)
	}
	storeWeights(&s.Neurons[s.uidOf(signer)], w.UIDs, w.Values, f.st.block)
	return nil
}

// settle records an epoch's settlement transaction.
func (f *FSM) settle(signer common.Address, p Settle) error {
	if !f.isValidator(signer) {
		return fmt.Errorf("%w: settle needs a genesis validator, %s is not", ErrUnauthorized, signer.Hex())
	}
	s, ok := f.st.subnet(p.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, p.Subnet)
	}
	if p.Epoch > uint64(len(s.Epochs)) {
		return fmt.Errorf("%w: subnet %d has run %d epochs, not %d", ErrUnknownEpoch, s.ID, len(s.Epochs), p.Epoch)
	}
	rec := &s.Epochs[p.Epoch-1]
	if rec.Tx != "" {
		return fmt.Errorf("%w: subnet %d epoch %d by %s", ErrAlreadySettled, s.ID, p.Epoch, rec.Tx)
	}
	if p.Mode == SettleMerkle {
		if err := f.st.claims.settleMerkle(rec, common.HexToAddress(p.Emission), common.HexToHash(p.Root)); err != nil {
			return err
		}
	}
	rec.Tx = strings.ToLower(p.Tx)
	return nil
}

// Snapshot captures a copy of the state (see subnetState.clone: the
// neurons and their rows are copied, the immutable epoch payouts and
// metagraphs shared), which is linear in the state's size but cheap next
// to encoding it; Persist encodes the copy as it writes it, off raft's FSM
// goroutine, so that Apply can go on meanwhile.
func (f *FSM) Snapshot() (raft.FSMSnapshot, error) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	img := f.st.image(f.genesis)
	img.subnets = make([]*subnetState, len(f.st.subnets))
	for i, s := range f.st.subnets {
		img.subnets[i] = s.clone()
	}
	return &snapshot{img: img}, nil
}

// Restore replaces the state with a snapshot's, decoding it as it reads
// it. The snapshot must have been taken under the same genesis
// (ErrGenesisMismatch) and satisfy the state's invariants
// (ErrInvalidSnapshot); on error the state is unchanged.
func (f *FSM) Restore(rc io.ReadCloser) error {
	defer rc.Close()
	st, err := readState(bufio.NewReaderSize(rc, 1<<20), f.genesis, f.genesis.epochHistory())
	if err != nil {
		return err
	}
	f.mu.Lock()
	f.st = st
	f.hashValid = false
	f.mu.Unlock()
	return nil
}

// snapshot is a captured copy of the state.
type snapshot struct{ img *stateImage }

var _ raft.FSMSnapshot = (*snapshot)(nil)

// Persist writes the canonical encoding (the bytes StateHash hashes) to
// sink as it encodes it, and closes the sink, or cancels it on error.
func (s *snapshot) Persist(sink raft.SnapshotSink) error {
	if err := writeState(sink, s.img); err != nil {
		_ = sink.Cancel()
		return fmt.Errorf("ledger: persist snapshot: %w", err)
	}
	if err := sink.Close(); err != nil {
		return fmt.Errorf("ledger: persist snapshot: %w", err)
	}
	return nil
}

// Release drops the copy.
func (s *snapshot) Release() { s.img = nil }

// Genesis returns a copy of the ledger's genesis, validators and creators
// sorted by address.
func (f *FSM) Genesis() Genesis { return f.genesis.normalized() }

// Block returns the current block height (0 before the first tick).
func (f *FSM) Block() uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.st.block
}

// AppliedIndex returns the index of the last applied log entry.
func (f *FSM) AppliedIndex() uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.st.index
}

// StateHash returns the applied index and sha256 of the state's canonical
// encoding (which includes that index): two replicas agree on the hash
// exactly when they hold the same state after the same entries. The hash
// is computed once per applied entry (or restore) and then cached; the
// encoding is hashed as it is written, never held whole.
func (f *FSM) StateHash() (index uint64, hash common.Hash) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	f.hashMu.Lock()
	defer f.hashMu.Unlock()
	if !f.hashValid {
		// Encoding cannot fail: the state holds only integers, strings,
		// bools, addresses and slices of them.
		f.hash, _ = f.st.hash(f.genesis)
		f.hashValid = true
	}
	return f.st.index, f.hash
}

// Nonce returns the last nonce the ledger accepted from addr (0: none); the
// next command of addr must carry Nonce(addr) + 1.
func (f *FSM) Nonce(addr common.Address) uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.st.nonces[addr]
}

// Subnets returns every subnet, by ascending id.
func (f *FSM) Subnets() []SubnetView {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]SubnetView, len(f.st.subnets))
	for i, s := range f.st.subnets {
		out[i] = s.view(f.stakeOf, true)
	}
	return out
}

// SubnetSummaries returns the subnets as Subnets does but without the
// neurons' weight and bond rows (nil), which are most of a large subnet's
// size: for the loops that read the metagraph every round.
func (f *FSM) SubnetSummaries() []SubnetView {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]SubnetView, len(f.st.subnets))
	for i, s := range f.st.subnets {
		out[i] = s.view(f.stakeOf, false)
	}
	return out
}

// Subnet returns the subnet with the given id.
func (f *FSM) Subnet(id uint16) (SubnetView, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, ok := f.st.subnet(id)
	if !ok {
		return SubnetView{}, false
	}
	return s.view(f.stakeOf, true), true
}

// Epochs returns a subnet's epochs, by ascending number (nil for an unknown
// subnet): the full records of the last Genesis.EpochHistory epochs and of
// every unsettled one, the summaries (EpochRecord.Pruned) of the others.
func (f *FSM) Epochs(subnet uint16) []EpochRecord {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, ok := f.st.subnet(subnet)
	if !ok {
		return nil
	}
	out := make([]EpochRecord, len(s.Epochs))
	for i := range s.Epochs {
		out[i] = s.Epochs[i].clone()
	}
	return out
}

// Epoch returns one epoch of a subnet (numbered from 1).
func (f *FSM) Epoch(subnet uint16, epoch uint64) (EpochRecord, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, ok := f.st.subnet(subnet)
	if !ok || epoch == 0 || epoch > uint64(len(s.Epochs)) {
		return EpochRecord{}, false
	}
	return s.Epochs[epoch-1].clone(), true
}

// Unsettled returns the epochs without a settlement transaction, by
// (subnet, epoch); they are never pruned.
func (f *FSM) Unsettled() []EpochRecord {
	f.mu.RLock()
	defer f.mu.RUnlock()
	var out []EpochRecord
	for _, s := range f.st.subnets {
		for i := s.firstFull; i < len(s.Epochs); i++ { // all before are pruned, so settled
			if s.Epochs[i].Tx == "" {
				out = append(out, s.Epochs[i].clone())
			}
		}
	}
	return out
}
