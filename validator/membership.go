package validator

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/hashicorp/raft"

	"github.com/agora-net/agora/validator/ledger"
)

// Membership.
//
// Raft's own configuration holds each member's server ID, raft address and
// suffrage. What it cannot hold is the member's HTTP address, which every
// node needs in order to forward writes and consistent reads to the leader,
// nor the validator key the member joined with. Those live in a membership
// table replicated through the same raft log as the ledger: clusterFSM sits
// between raft and the ledger's FSM, applies the log entries that start
// with membershipPrefix to the table and hands every other entry to the
// ledger unchanged. Its snapshots are the table followed by the ledger's
// own snapshot bytes. An envelope submitted through the API can never land
// in the table: the API only accepts JSON objects, and the prefix is not
// one.
//
// Only the leader writes the table, at three moments: when it adds a member
// (after raft's AddVoter or AddNonvoter committed), when it removes one
// (after RemoveServer), and for itself, whenever it leads and its own entry
// is missing or stale. A follower whose entry is stale (it restarted on a
// new HTTP address) sends the leader a fresh signed join.

// membershipPrefix starts every log entry that belongs to the membership
// table.
var membershipPrefix = []byte("agora-membership/1\n")

// snapshotMagic starts a snapshot that carries the membership table. A
// snapshot without it is a bare ledger snapshot (from before membership was
// replicated) and restores an empty table.
var snapshotMagic = []byte("agora-cluster-snapshot/1\n")

// Membership operations.
const (
	opSet    = "set"
	opDelete = "delete"
)

// membershipOp is one membership log entry (after membershipPrefix).
type membershipOp struct {
	Op     string `json:"op"`
	Member Peer   `json:"member"`
}

func encodeMembershipOp(op membershipOp) ([]byte, error) {
	data, err := json.Marshal(op)
	if err != nil {
		return nil, err
	}
	return append(slices.Clone(membershipPrefix), data...), nil
}

// clusterFSM is the node's raft state machine: the ledger plus the
// membership table. Apply is deterministic: it reads only the entry and
// the state.
type clusterFSM struct {
	ledger *ledger.FSM

	mu      sync.RWMutex
	members map[string]Peer // by raft server ID
	applied uint64          // index of the last entry applied, of either kind

	restores atomic.Uint64 // snapshots restored (at start, or installed by the leader)
}

var _ raft.FSM = (*clusterFSM)(nil)

func newClusterFSM(l *ledger.FSM) *clusterFSM {
	return &clusterFSM{ledger: l, members: map[string]Peer{}}
}

// Apply routes a committed entry to the table or to the ledger. A table
// entry's result is nil or the error that rejected it; a ledger entry's is
// the ledger's *ledger.Result.
func (f *clusterFSM) Apply(l *raft.Log) any {
	if l.Type == raft.LogCommand && bytes.HasPrefix(l.Data, membershipPrefix) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.applied = max(f.applied, l.Index)
		return f.applyMembership(l.Data[len(membershipPrefix):])
	}
	res := f.ledger.Apply(l)
	f.mu.Lock()
	f.applied = max(f.applied, l.Index)
	f.mu.Unlock()
	return res
}

// applyMembership applies one table operation; f.mu is held.
func (f *clusterFSM) applyMembership(data []byte) error {
	var op membershipOp
	if err := json.Unmarshal(data, &op); err != nil {
		return fmt.Errorf("validator: membership entry: %w", err)
	}
	if op.Member.ID == "" {
		return errors.New("validator: membership entry without an id")
	}
	switch op.Op {
	case opSet:
		f.members[op.Member.ID] = op.Member
	case opDelete:
		delete(f.members, op.Member.ID)
	default:
		return fmt.Errorf("validator: membership entry: unknown op %q", op.Op)
	}
	return nil
}

// member returns the table entry of a server ID.
func (f *clusterFSM) member(id string) (Peer, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	p, ok := f.members[id]
	return p, ok
}

// memberByKey returns the entry of the member that joined with key.
func (f *clusterFSM) memberByKey(key common.Address) (Peer, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	for _, p := range f.members {
		if p.Key == key {
			return p, true
		}
	}
	return Peer{}, false
}

// memberList returns the table sorted by ID.
func (f *clusterFSM) memberList() []Peer {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make([]Peer, 0, len(f.members))
	for _, p := range f.members {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Peer) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// appliedIndex is the index of the last entry applied, of either kind.
func (f *clusterFSM) appliedIndex() uint64 {
	f.mu.RLock()
	defer f.mu.RUnlock()
	return f.applied
}

// snapshotHeader is the table part of a snapshot.
type snapshotHeader struct {
	Applied uint64 `json:"applied"`
	Members []Peer `json:"members"`
}

// Snapshot captures the table and the ledger at the same index (raft calls
// Snapshot and Apply from one goroutine).
func (f *clusterFSM) Snapshot() (raft.FSMSnapshot, error) {
	ls, err := f.ledger.Snapshot()
	if err != nil {
		return nil, err
	}
	header, err := json.Marshal(snapshotHeader{Applied: f.appliedIndex(), Members: f.memberList()})
	if err != nil {
		ls.Release()
		return nil, fmt.Errorf("validator: snapshot: %w", err)
	}
	return &clusterSnapshot{header: header, ledger: ls}, nil
}

// Restore reads a snapshot written by clusterSnapshot.Persist, or a bare
// ledger snapshot. On error nothing changes.
func (f *clusterFSM) Restore(rc io.ReadCloser) error {
	defer rc.Close()
	br := bufio.NewReader(rc)
	var header snapshotHeader
	legacy := true
	if magic, err := br.Peek(len(snapshotMagic)); err == nil && bytes.Equal(magic, snapshotMagic) {
		legacy = false
		if _, err := br.Discard(len(snapshotMagic)); err != nil {
			return fmt.Errorf("validator: restore: %w", err)
		}
		var size uint64
		if err := binary.Read(br, binary.BigEndian, &size); err != nil {
			return fmt.Errorf("validator: restore: header size: %w", err)
		}
		if size > 64<<20 {
			return fmt.Errorf("validator: restore: membership header of %d bytes", size)
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(br, data); err != nil {
			return fmt.Errorf("validator: restore: header: %w", err)
		}
		if err := json.Unmarshal(data, &header); err != nil {
			return fmt.Errorf("validator: restore: header: %w", err)
		}
	}
	if err := f.ledger.Restore(io.NopCloser(br)); err != nil {
		return err
	}
	members := make(map[string]Peer, len(header.Members))
	for _, p := range header.Members {
		members[p.ID] = p
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.members = members
	f.applied = header.Applied
	if legacy {
		f.applied = f.ledger.AppliedIndex()
	}
	f.restores.Add(1)
	return nil
}

// clusterSnapshot is a captured table header and ledger snapshot.
type clusterSnapshot struct {
	header []byte
	ledger raft.FSMSnapshot
}

// Persist writes snapshotMagic, the header's length (8 bytes, big endian),
// the header, then lets the ledger's snapshot write its bytes and close the
// sink.
func (s *clusterSnapshot) Persist(sink raft.SnapshotSink) error {
	var size [8]byte
	binary.BigEndian.PutUint64(size[:], uint64(len(s.header)))
	for _, part := range [][]byte{snapshotMagic, size[:], s.header} {
		if _, err := sink.Write(part); err != nil {
			_ = sink.Cancel()
			return fmt.Errorf("validator: persist snapshot: %w", err)
		}
	}
	return s.ledger.Persist(sink)
}

func (s *clusterSnapshot) Release() { s.ledger.Release() }

// Cluster request actions.
const (
	// ActionJoin asks the cluster to add the signer's node.
	ActionJoin = "join"
	// ActionLeave asks the cluster to remove the signer's node.
	ActionLeave = "leave"
	// ActionRemove asks the cluster to remove the member with the request's
	// id, whoever's it is: an operator's way to drop a node that died for
	// good and can no longer leave by itself. Only a genesis validator may
	// sign one.
	ActionRemove = "remove"
)

// MaxRequestAge bounds how far a signed cluster request's issued_at may lie
// from the receiving node's clock, either way. It limits replays of a
// captured request and tolerates clock skew between machines.
const MaxRequestAge = 5 * time.Minute

// clusterRequestType is the EIP-712 struct a cluster request is signed as.
const clusterRequestType = "ClusterRequest"

// ClusterRequest is a signed request to change the cluster's membership,
// the body of POST /v1/cluster/join and /v1/cluster/leave:
//
//	{"action":"join","id":"v1","raft_addr":"10.0.0.2:7000",
//	 "http_addr":"10.0.0.2:8080","issued_at":1767225600,
//	 "signer":"0x…","signature":"0x…(65 bytes)"}
//
// Its signature is an EIP-712 typed-data signature in the ledger's domain
// {name "Agora", version "1", chainId} over
//
//	ClusterRequest(string action,string id,string raftAddr,string httpAddr,uint64 issuedAt,address signer)
//
// A join's signer must be a genesis validator; a member is bound to the key
// it joined with, and only that key can ask it to leave. A leave needs only
// action, issued_at, signer and signature. A remove names the member by id
// and must be signed by a genesis validator (POST /v1/cluster/remove).
type ClusterRequest struct {
	Action    string         `json:"action"`
	ID        string         `json:"id"`
	RaftAddr  string         `json:"raft_addr"`
	HTTPAddr  string         `json:"http_addr"`
	IssuedAt  int64          `json:"issued_at"`
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// NewJoinRequest returns an unsigned request to add peer to the cluster,
// issued at now.
func NewJoinRequest(peer Peer, now time.Time) *ClusterRequest {
	return &ClusterRequest{Action: ActionJoin, ID: peer.ID, RaftAddr: peer.RaftAddr, HTTPAddr: peer.HTTPAddr, IssuedAt: now.Unix()}
}

// NewRemoveRequest returns an unsigned request to remove the member id,
// issued at now.
func NewRemoveRequest(id string, now time.Time) *ClusterRequest {
	return &ClusterRequest{Action: ActionRemove, ID: id, IssuedAt: now.Unix()}
}

// NewLeaveRequest returns an unsigned request to remove the signer's node,
// issued at now.
func NewLeaveRequest(now time.Time) *ClusterRequest {
	return &ClusterRequest{Action: ActionLeave, IssuedAt: now.Unix()}
}

func (r *ClusterRequest) signingHash(chainID uint64) (common.Hash, error) {
	if r.IssuedAt < 0 {
		return common.Hash{}, fmt.Errorf("%w: negative issued_at", ErrInvalidRequest)
	}
	return requestDigest(chainID, clusterRequestType, []apitypes.Type{
		{Name: "action", Type: "string"},
		{Name: "id", Type: "string"},
		{Name: "raftAddr", Type: "string"},
		{Name: "httpAddr", Type: "string"},
		{Name: "issuedAt", Type: "uint64"},
		{Name: "signer", Type: "address"},
	}, apitypes.TypedDataMessage{
		"action":   r.Action,
		"id":       r.ID,
		"raftAddr": r.RaftAddr,
		"httpAddr": r.HTTPAddr,
		"issuedAt": (*math.HexOrDecimal256)(big.NewInt(r.IssuedAt)),
		"signer":   r.Signer.Hex(),
	})
}

// requestDigest is the EIP-712 digest of a signed request: struct primary
// with the given fields and message, in the ledger's domain {name "Agora",
// version "1", chainId}.
func requestDigest(chainID uint64, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) (common.Hash, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
			},
			primary: fields,
		},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:    ledger.DomainName,
			Version: ledger.DomainVersion,
			ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
		},
		Message: msg,
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return common.Hash{}, fmt.Errorf("validator: eip-712 hash: %w", err)
	}
	return common.BytesToHash(digest), nil
}

// Sign sets r.Signer to key's address and r.Signature to key's EIP-712
// signature for chainID ([R || S || V], V in {0, 1}, low s).
func (r *ClusterRequest) Sign(key *ecdsa.PrivateKey, chainID uint64) (err error) {
	r.Signature, err = signRequest(key, "cluster request", &r.Signer, func() (common.Hash, error) { return r.signingHash(chainID) })
	return err
}

// signRequest sets *signer to key's address, then returns key's signature
// of the digest that digest computes, for a request named what.
func signRequest(key *ecdsa.PrivateKey, what string, signer *common.Address, digest func() (common.Hash, error)) (hexutil.Bytes, error) {
	if key == nil {
		return nil, fmt.Errorf("validator: sign %s: nil key", what)
	}
	*signer = crypto.PubkeyToAddress(key.PublicKey)
	h, err := digest()
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("validator: sign %s: %w", what, err)
	}
	return sig, nil
}

// verifyRequest checks a signed request: a signature present
// (ErrUnsigned), then checkSignature of the digest that digest computes.
func verifyRequest(signature []byte, signer common.Address, issuedAt int64, now time.Time, digest func() (common.Hash, error)) error {
	if len(signature) == 0 {
		return ErrUnsigned
	}
	h, err := digest()
	if err != nil {
		return err
	}
	return checkSignature(h, signature, signer, issuedAt, now)
}

// Verify checks the request's form, its signature for chainID and its age
// against now. Errors: ErrUnsigned (no signature), ErrBadSignature (a
// malformed signature, or one by another key than Signer),
// ErrStaleRequest (issued_at more than MaxRequestAge from now) and
// ErrInvalidRequest (an unknown action, a join without id or addresses, a
// remove without id).
func (r *ClusterRequest) Verify(chainID uint64, now time.Time) error {
	if err := verifyRequest(r.Signature, r.Signer, r.IssuedAt, now, func() (common.Hash, error) { return r.signingHash(chainID) }); err != nil {
		return err
	}
	switch r.Action {
	case ActionJoin:
		switch {
		case r.ID == "" || len(r.ID) > 128:
			return fmt.Errorf("%w: id must be 1 to 128 bytes", ErrInvalidRequest)
		case !validHostPort(r.RaftAddr):
			return fmt.Errorf("%w: raft_addr %q is not host:port", ErrInvalidRequest, r.RaftAddr)
		case !validHostPort(r.HTTPAddr):
			return fmt.Errorf("%w: http_addr %q is not host:port", ErrInvalidRequest, r.HTTPAddr)
		}
	case ActionLeave:
	case ActionRemove:
		if r.ID == "" || len(r.ID) > 128 {
			return fmt.Errorf("%w: id must be 1 to 128 bytes", ErrInvalidRequest)
		}
	default:
		return fmt.Errorf("%w: unknown action %q", ErrInvalidRequest, r.Action)
	}
	return nil
}

// checkSignature checks a signed request's signature of digest h by
// signer ([R || S || V], V in {0, 1, 27, 28}, low s) and its issued_at
// against now: ErrBadSignature, ErrStaleRequest.
func checkSignature(h common.Hash, signature []byte, signer common.Address, issuedAt int64, now time.Time) error {
	if len(signature) != 65 {
		return fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(signature))
	}
	sig := slices.Clone(signature)
	switch sig[64] {
	case 0, 1:
	case 27, 28:
		sig[64] -= 27
	default:
		return fmt.Errorf("%w: v = %d", ErrBadSignature, sig[64])
	}
	rr, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], rr, ss, true) {
		return fmt.Errorf("%w: r or s out of range (s must be low)", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != signer {
		return fmt.Errorf("%w: signed by %s, signer %s", ErrBadSignature, got.Hex(), signer.Hex())
	}
	if age := now.Sub(time.Unix(issuedAt, 0)); age > MaxRequestAge || age < -MaxRequestAge {
		return fmt.Errorf("%w: issued %s from this node's clock, at most %s", ErrStaleRequest, age.Round(time.Second), MaxRequestAge)
	}
	return nil
}

// validHostPort reports whether s is host:port with a non-empty host and a
// port in 1..65535.
func validHostPort(s string) bool {
	host, port, err := net.SplitHostPort(s)
	if err != nil || host == "" || len(s) > 256 {
		return false
	}
	p, err := strconv.ParseUint(port, 10, 16)
	return err == nil && p > 0
}

// DecodeClusterRequest parses a request body: one JSON object of at most
// 4 KiB with no unknown fields. It does not verify it.
func DecodeClusterRequest(data []byte) (*ClusterRequest, error) {
	if len(data) > maxClusterRequestBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrInvalidRequest, len(data), maxClusterRequestBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r ClusterRequest
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidRequest, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: data after the JSON object", ErrInvalidRequest)
	}
	return &r, nil
}

// maxClusterRequestBytes bounds a cluster request body.
const maxClusterRequestBytes = 4 << 10
