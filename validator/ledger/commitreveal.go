package ledger

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/subnet"
)

// CommitHash returns the hash a commit_weights commits to and a
// reveal_weights must match: keccak256 of
//
//	hotkey       20 bytes   the committing hotkey's address
//	subnet        2 bytes   u16 big-endian
//	len(uids)     2 bytes   u16 big-endian
//	uids          2 bytes each, u16 big-endian, in the order revealed
//	len(values)   2 bytes   u16 big-endian
//	values        2 bytes each, u16 big-endian, in the order revealed
//	len(salt)     1 byte
//	salt          len(salt) bytes
//	version_key   8 bytes   u64 big-endian
//
// The lengths make the encoding unambiguous (without them a commit could be
// revealed as two different vectors that split the same bytes differently).
// Reveals have at most MaxUIDs uids and values and MinSaltLen..MaxSaltLen
// bytes of salt, so every length fits its field. A client computes the hash
// with this function (or the layout above), keeps uids, values, salt and
// version_key secret until the reveal, and draws the salt at random.
func CommitHash(hotkey common.Address, subnetID uint16, uids, values []uint16, salt []byte, versionKey uint64) common.Hash {
	buf := make([]byte, 0, common.AddressLength+2+2+2*len(uids)+2+2*len(values)+1+len(salt)+8)
	buf = append(buf, hotkey.Bytes()...)
	buf = binary.BigEndian.AppendUint16(buf, subnetID)
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(uids)))
	for _, u := range uids {
		buf = binary.BigEndian.AppendUint16(buf, u)
	}
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(values)))
	for _, v := range values {
		buf = binary.BigEndian.AppendUint16(buf, v)
	}
	buf = append(buf, byte(len(salt)))
	buf = append(buf, salt...)
	buf = binary.BigEndian.AppendUint64(buf, versionKey)
	return crypto.Keccak256Hash(buf)
}

// commitExpired reports whether a commit can no longer be revealed: the
// subnet's epoch index is past commit_epoch + reveal_period_epochs
// (YUMA.md §4.6: current epoch > commit_epoch + reveal_period).
func (s *subnetState) commitExpired(c Commit) bool {
	return s.EpochIndex > c.Epoch+uint64(s.Hyperparams.RevealPeriodEpochs)
}

// dropExpiredCommits removes every expired commit. It runs whenever
// expiry can change: when the epoch index advances (at the ticks that run
// an epoch) and when reveal_period_epochs changes, so that no expired
// commit is ever stored.
func (s *subnetState) dropExpiredCommits() {
	for i := range s.Neurons {
		nu := &s.Neurons[i]
		nu.Commits = slices.DeleteFunc(nu.Commits, s.commitExpired)
		if len(nu.Commits) == 0 {
			nu.Commits = nil
		}
	}
}

// commitWeights records a weight commit of the signer (YUMA.md §8.4 v2):
// commit-reveal is on, the hotkey is registered, the weights rate limit
// has passed since its last_update, and it holds fewer than
// MaxUnrevealedCommits commits. The commit's epoch is the subnet's epoch
// index (an epoch due at this block has already run at this block's tick,
// which is what subtensor's "+1 if an epoch fires this block" accounts
// for); last_update becomes the block.
func (f *FSM) commitWeights(signer common.Address, c CommitWeights) (any, error) {
	s, ok := f.st.subnet(c.Subnet)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownSubnet, c.Subnet)
	}
	hp := &s.Hyperparams
	if !hp.CommitRevealEnabled {
		return nil, fmt.Errorf("%w: subnet %d", ErrCommitRevealDisabled, s.ID)
	}
	uid := s.uidOf(signer)
	if uid < 0 {
		return nil, fmt.Errorf("ledger: commit_weights on subnet %d: %w", s.ID, subnet.ErrNotRegistered)
	}
	nu := &s.Neurons[uid]
	block := f.st.block
	if nu.LastUpdate != 0 && block-nu.LastUpdate < hp.WeightsRateLimit {
		return nil, fmt.Errorf("ledger: commit_weights on subnet %d: %w: uid %d updated %d blocks ago, limit %d",
			s.ID, subnet.ErrWeightsRateLimited, uid, block-nu.LastUpdate, hp.WeightsRateLimit)
	}
	if len(nu.Commits) >= MaxUnrevealedCommits {
		return nil, fmt.Errorf("%w: uid %d on subnet %d holds %d", ErrTooManyCommits, uid, s.ID, len(nu.Commits))
	}
	nu.Commits = append(nu.Commits, Commit{Hash: c.Hash, Epoch: s.EpochIndex, Block: block})
	nu.LastUpdate = block
	return CommitResult{Subnet: s.ID, UID: uint16(uid), Epoch: s.EpochIndex, RevealEpoch: s.EpochIndex + uint64(hp.RevealPeriodEpochs)}, nil
}

// revealWeights reveals a commit of the signer and sets its weights:
// commit-reveal is on, the hotkey is registered, CommitHash of the reveal
// equals the hash of one of its (unexpired) commits, the first such, whose
// reveal epoch commit_epoch + reveal_period_epochs is the subnet's epoch
// index now, and the weights pass subnet.CheckWeights except its rate limit.
// The row is then stored as set_weights stores it (max-upscaled, sorted,
// last_update = block), and that commit and every older one are removed
// (as subtensor's v2 reveal does).
func (f *FSM) revealWeights(signer common.Address, r RevealWeights) error {
	s, ok := f.st.subnet(r.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, r.Subnet)
	}
	hp := &s.Hyperparams
	if !hp.CommitRevealEnabled {
		return fmt.Errorf("%w: subnet %d", ErrCommitRevealDisabled, s.ID)
	}
	uid := s.uidOf(signer)
	if uid < 0 {
		return fmt.Errorf("ledger: reveal_weights on subnet %d: %w", s.ID, subnet.ErrNotRegistered)
	}
	nu := &s.Neurons[uid]
	h := CommitHash(signer, s.ID, r.UIDs, r.Values, r.Salt, r.VersionKey)
	k := slices.IndexFunc(nu.Commits, func(c Commit) bool { return c.Hash == h })
	if k < 0 {
		return fmt.Errorf("%w: uid %d on subnet %d has no unexpired commit of %s", ErrCommitNotFound, uid, s.ID, h.Hex())
	}
	if at := nu.Commits[k].Epoch + uint64(hp.RevealPeriodEpochs); s.EpochIndex < at {
		return fmt.Errorf("%w: commit of epoch %d is revealed in epoch %d, subnet %d is in epoch %d",
			ErrRevealTooEarly, nu.Commits[k].Epoch, at, s.ID, s.EpochIndex)
	}
	if err := f.checkWeights(s, signer, r.UIDs, r.Values, r.VersionKey, true); err != nil {
		return fmt.Errorf("ledger: reveal_weights on subnet %d: %w", s.ID, err)
	}
	storeWeights(nu, r.UIDs, r.Values, f.st.block)
	nu.Commits = slices.Delete(nu.Commits, 0, k+1)
	if len(nu.Commits) == 0 {
		nu.Commits = nil
	}
	return nil
}

// checkWeights runs subnet.CheckWeights for signer's vector on s, with
// commit-reveal as the subnet has it for set_weights; for a reveal
// commit-reveal and the rate limit are off.
func (f *FSM) checkWeights(s *subnetState, signer common.Address, uids, values []uint16, versionKey uint64, reveal bool) error {
	hp := &s.Hyperparams
	view := subnet.WeightsView{
		CurrentBlock:        f.st.block,
		N:                   uint16(len(s.Neurons)),
		CommitRevealEnabled: hp.CommitRevealEnabled && !reveal,
		StakeThreshold:      hp.StakeThreshold,
		WeightsVersionKey:   hp.WeightsVersionKey,
		WeightsSetRateLimit: hp.WeightsRateLimit,
		MinAllowedWeights:   hp.MinAllowedWeights,
	}
	if reveal {
		view.WeightsSetRateLimit = 0
	}
	if uid := s.uidOf(signer); uid >= 0 {
		nu := &s.Neurons[uid]
		view.Caller = subnet.Caller{
			Registered:      true,
			UID:             uint16(uid),
			Stake:           f.stakeOf(nu),
			ValidatorPermit: nu.ValidatorPermit,
			IsOwner:         signer == s.Owner,
			LastUpdate:      nu.LastUpdate,
		}
	}
	return subnet.CheckWeights(subnet.WeightsRequest{UIDs: uids, Values: values, VersionKey: versionKey}, view)
}

// storeWeights stores a checked vector as the neuron's weight row,
// max-upscaled and sorted by uid, and sets last_update.
func storeWeights(nu *neuron, uids, values []uint16, block uint64) {
	up := subnet.MaxUpscaleU16(values)
	row := make([]Entry, len(up))
	for i := range up {
		row[i] = Entry{UID: uids[i], Value: up[i]}
	}
	slices.SortFunc(row, func(a, b Entry) int { return cmp.Compare(a.UID, b.UID) })
	nu.Weights = row
	nu.LastUpdate = block
}

// earliestCommitBlock is the block of the neuron's earliest unexpired
// commit (commits are kept oldest first and expired ones are dropped), or
// nil.
func earliestCommitBlock(nu *neuron) *uint64 {
	if len(nu.Commits) == 0 {
		return nil
	}
	b := nu.Commits[0].Block
	return &b
}
