package validator

import (
	"errors"
	"net/http"

	"github.com/agora-net/agora/validator/ledger"
)

// Errors of the node and its API. The HTTP status each one maps to is
// decided in httpStatus alone.
var (
	// ErrNotLeader: the operation needs the leader and this node is not it
	// (the API forwards such requests; a caller of Node methods retries on
	// the leader).
	ErrNotLeader = errors.New("validator: not the leader")
	// ErrNoLeader: no leader is known, or its HTTP address is not; retry
	// after an election (503).
	ErrNoLeader = errors.New("validator: no leader known yet; retry")
	// ErrUnsigned: a cluster request carries no signature (401).
	ErrUnsigned = errors.New("validator: cluster request is not signed")
	// ErrBadSignature: a cluster request's signature is malformed or not
	// the signer's (401).
	ErrBadSignature = errors.New("validator: bad signature on cluster request")
	// ErrStaleRequest: a cluster request was issued more than MaxRequestAge
	// away from this node's clock (401): sign a fresh one, or fix the clock.
	ErrStaleRequest = errors.New("validator: cluster request is stale")
	// ErrInvalidRequest: a cluster request does not decode, or misses a
	// field its action needs (400).
	ErrInvalidRequest = errors.New("validator: invalid cluster request")
	// ErrNotValidator: the signer of a join or a remove is not a genesis
	// validator (403).
	ErrNotValidator = errors.New("validator: signer is not a genesis validator")
	// ErrMemberConflict: the join's id, key or raft address already belongs
	// to another member (409).
	ErrMemberConflict = errors.New("validator: membership conflict")
	// ErrNoSuchMember: no member joined with the signer's key (a leave), or
	// has the id (a remove) (404).
	ErrNoSuchMember = errors.New("validator: no such member")
	// ErrLastVoter: the only voter cannot leave; stop the node instead (409).
	ErrLastVoter = errors.New("validator: the only voter cannot leave the cluster")
	// ErrQuorumAtRisk: removing the voter would leave too few reachable
	// voters to commit anything (409).
	ErrQuorumAtRisk = errors.New("validator: removal refused, it would cost the cluster its quorum")
	// ErrMalformedCommand: a submitted command does not decode as a
	// ledger.Envelope (400).
	ErrMalformedCommand = errors.New("validator: malformed command")
	// ErrCommandSignature: a submitted command fails
	// ledger.Envelope.Verify: unknown type or version, bad payload JSON, a
	// bad signature or another signer (401).
	ErrCommandSignature = errors.New("validator: command not verified")
	// ErrNonceUsed: the command's signer already used its nonce (409): a
	// replay, or a retry of a command that was applied; sign the next
	// command with Nonce + 1.
	ErrNonceUsed = errors.New("validator: nonce already used")
	// ErrLeaderUnreachable: a follower could not forward a command to the
	// leader, or read its answer (502). The command may have been applied:
	// resubmit the same envelope (its nonce makes that safe).
	ErrLeaderUnreachable = errors.New("validator: leader unreachable")
	// ErrRejected: the ledger applied a command by rejecting it
	// (ledger.Result.Err); the API answers 422 with the reason (Client.Send
	// returns it as an error).
	ErrRejected = errors.New("validator: rejected by the ledger")
	// ErrLabelingOff: this validator has no labeling secret, so it can
	// neither serve assignments nor check labels (503); ask another, or
	// configure it.
	ErrLabelingOff = errors.New("validator: labeling is not configured on this validator")
	// ErrNotAssigned: a label answers an item that was not assigned to its
	// signer in the round (403).
	ErrNotAssigned = errors.New("validator: item not assigned to the labeler")
)

// httpStatus maps an error of this package to the status the API answers
// with; anything unknown is 503 (the cluster could not do it now).
func httpStatus(err error) int {
	switch {
	case errors.Is(err, ErrUnsigned), errors.Is(err, ErrBadSignature), errors.Is(err, ErrStaleRequest),
		errors.Is(err, ErrCommandSignature):
		return http.StatusUnauthorized
	case errors.Is(err, ErrInvalidRequest), errors.Is(err, ErrMalformedCommand):
		return http.StatusBadRequest
	case errors.Is(err, ErrNonceUsed):
		return http.StatusConflict
	case errors.Is(err, ErrLeaderUnreachable):
		return http.StatusBadGateway
	case errors.Is(err, ErrNotValidator):
		return http.StatusForbidden
	case errors.Is(err, ErrMemberConflict), errors.Is(err, ErrLastVoter), errors.Is(err, ErrQuorumAtRisk):
		return http.StatusConflict
	case errors.Is(err, ErrRejected):
		return http.StatusUnprocessableEntity
	case errors.Is(err, ErrNoSuchMember), errors.Is(err, ledger.ErrUnknownSubnet), errors.Is(err, ledger.ErrNotPreferenceSubnet):
		return http.StatusNotFound
	case errors.Is(err, ErrNotAssigned), errors.Is(err, ledger.ErrNotLabeler):
		return http.StatusForbidden
	case errors.Is(err, ledger.ErrWrongRound), errors.Is(err, ledger.ErrDuplicateLabel), errors.Is(err, ledger.ErrNoRound):
		return http.StatusConflict
	}
	return http.StatusServiceUnavailable
}
