// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EquivocationDisputes, INodeRegistrySlashing} from "./EquivocationDisputes.sol";

/// @title NodeRegistry — on-chain addresses for weft nodes.
/// @notice An operator (a wallet) registers node identities. A node identity is the
/// Ethereum address of the node's secp256k1 key — the same key that signs its ENR
/// (EIP-778, scheme "v4"), so the address is the low 20 bytes of the ENR node id.
/// Each registration and record update carries an EIP-712 signature by the node key
/// over (node, operator, seq, keccak256(record)), so nobody can claim a key they do not
/// hold, and the sequence number of a node only ever increases (also across removal).
///
/// Records are carried in calldata and emitted in {RecordUpdated}; storage keeps only
/// their hash and sequence (a full ENR would cost ~5 storage slots per update). A reader
/// fetches the record from the log and checks it against {recordHash}; the ENR is also
/// self-signed by the node key.
///
/// Operators stake ETH, which unbonds after {unbondingDelay}. A node key that signs two
/// different records with the same sequence number has equivocated; anyone can prove it
/// to the {disputes} contract, which slashes the node's operator by at most {maxPenalty}
/// per proven (node, seq) and removes the node.
contract NodeRegistry is EIP712, ReentrancyGuardTransient {
    /// @dev One storage slot. `pos` is the 1-based index in the operator's list, 0 when
    /// the node is not registered. `operator` and `seq` survive removal so that old
    /// signatures can never be replayed and a removed node can still be slashed.
    struct Node {
        address operator;
        uint64 seq;
        uint32 pos;
    }

    struct Stake {
        uint128 bonded;
        uint128 unbonding;
        uint64 releaseAt;
    }

    bytes32 public constant NODE_RECORD_TYPEHASH =
        keccak256("NodeRecord(address node,address operator,uint64 seq,bytes32 recordHash)");

    /// @notice Maximum size of a record; EIP-778 caps ENRs at 300 bytes.
    uint256 public constant MAX_RECORD_SIZE = 300;
    uint256 private constant BPS = 10_000;

    /// @notice The dispute contract, the only caller allowed to {slash}.
    EquivocationDisputes public immutable disputes;
    uint64 public immutable unbondingDelay;
    uint128 public immutable maxPenalty;
    uint16 public immutable reporterRewardBps;

    mapping(address node => Node) private _nodes;
    mapping(address node => bytes32) public recordHash;
    mapping(address operator => address[]) private _operatorNodes;
    mapping(address operator => Stake) private _stakes;
    mapping(address reporter => uint256) public rewards;
    /// @notice Slashed value not paid to reporters; locked in this contract forever.
    uint256 public burned;

    event NodeRegistered(address indexed operator, address indexed node, uint64 seq);
    event RecordUpdated(address indexed node, uint64 seq, bytes record);
    event NodeRemoved(address indexed operator, address indexed node);
    event Staked(address indexed operator, uint256 amount);
    event UnbondRequested(address indexed operator, uint256 amount, uint64 releaseAt);
    event StakeWithdrawn(address indexed operator, uint256 amount);
    event Slashed(address indexed operator, address indexed node, address indexed reporter, uint256 penalty, uint256 reward);
    event RewardWithdrawn(address indexed reporter, uint256 amount);

    error RecordTooLarge(uint256 size);
    error EmptyRecord();
    error ZeroAddress();
    error AlreadyRegistered(address node);
    error NotRegistered(address node);
    error SequenceNotIncreasing(uint64 current, uint64 given);
    error BadNodeSignature(address recovered);
    error NotOperator(address caller);
    error NotDisputes(address caller);
    error ZeroAmount();
    error AmountTooLarge(uint256 amount);
    error InsufficientStake(uint256 bonded, uint256 requested);
    error StillUnbonding(uint64 releaseAt);
    error NothingToWithdraw();
    error TransferFailed();
    error BadParameter();

    constructor(uint64 unbondingDelay_, uint128 maxPenalty_, uint16 reporterRewardBps_)
        EIP712("weft NodeRegistry", "1")
    {
        if (unbondingDelay_ == 0 || maxPenalty_ == 0 || reporterRewardBps_ > BPS) revert BadParameter();
        unbondingDelay = unbondingDelay_;
        maxPenalty = maxPenalty_;
        reporterRewardBps = reporterRewardBps_;
        disputes = new EquivocationDisputes(INodeRegistrySlashing(address(this)));
    }

    // ---------------------------------------------------------------- identities

    /// @notice Registers `node` under the caller. `sig` is the node key's EIP-712
    /// signature of NodeRecord(node, msg.sender, seq, keccak256(record)).
    /// `seq` must exceed any sequence the node ever had here (so it starts at 1).
    function register(address node, uint64 seq, bytes calldata record, bytes calldata sig) external {
        Node memory n = _nodes[node];
        if (n.pos != 0) revert AlreadyRegistered(node);
        if (seq <= n.seq) revert SequenceNotIncreasing(n.seq, seq);
        bytes32 h = _checkRecord(node, msg.sender, seq, record, sig);

        address[] storage list = _operatorNodes[msg.sender];
        list.push(node);
        _nodes[node] = Node({operator: msg.sender, seq: seq, pos: uint32(list.length)});
        recordHash[node] = h;
        emit NodeRegistered(msg.sender, node, seq);
        emit RecordUpdated(node, seq, record);
    }

    /// @notice Replaces the record of a registered node. Only its operator may call,
    /// with a node-key signature over the new record and a strictly higher `seq`.
    function updateRecord(address node, uint64 seq, bytes calldata record, bytes calldata sig) external {
        Node storage n = _nodes[node];
        if (n.pos == 0) revert NotRegistered(node);
        if (n.operator != msg.sender) revert NotOperator(msg.sender);
        if (seq <= n.seq) revert SequenceNotIncreasing(n.seq, seq);
        recordHash[node] = _checkRecord(node, msg.sender, seq, record, sig);
        n.seq = seq;
        emit RecordUpdated(node, seq, record);
    }

    /// @notice Removes a node. Callable by its operator or by the node key itself.
    function remove(address node) external {
        Node storage n = _nodes[node];
        if (n.pos == 0) revert NotRegistered(node);
        if (msg.sender != n.operator && msg.sender != node) revert NotOperator(msg.sender);
        _remove(node, n);
    }

    /// @notice The node, operator and sequence a node key signs, hashed per EIP-712
    /// under this contract's domain (chain id and address included).
    function recordDigest(address node, address operator, uint64 seq, bytes32 hash) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(NODE_RECORD_TYPEHASH, node, operator, seq, hash)));
    }

    /// @notice Registration state of a node; `active` is false after removal (operator
    /// and seq then tell who last held it and the highest sequence seen).
    function nodeInfo(address node) external view returns (address operator, uint64 seq, bytes32 hash, bool active) {
        Node memory n = _nodes[node];
        return (n.operator, n.seq, recordHash[node], n.pos != 0);
    }

    /// @notice Resolves an operator to its registered nodes, their sequence numbers and
    /// record hashes.
    function resolve(address operator)
        external
        view
        returns (address[] memory nodes, uint64[] memory seqs, bytes32[] memory hashes)
    {
        nodes = _operatorNodes[operator];
        seqs = new uint64[](nodes.length);
        hashes = new bytes32[](nodes.length);
        for (uint256 i = 0; i < nodes.length; ++i) {
            seqs[i] = _nodes[nodes[i]].seq;
            hashes[i] = recordHash[nodes[i]];
        }
    }

    function nodeCount(address operator) external view returns (uint256) {
        return _operatorNodes[operator].length;
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- stake

    /// @notice Adds the sent ETH to the caller's bonded stake.
    function stake() external payable {
        if (msg.value == 0) revert ZeroAmount();
        Stake storage s = _stakes[msg.sender];
        uint256 b = uint256(s.bonded) + msg.value;
        if (b > type(uint128).max) revert AmountTooLarge(msg.value);
        s.bonded = uint128(b);
        emit Staked(msg.sender, msg.value);
    }

    /// @notice Moves `amount` of bonded stake to unbonding; it can be withdrawn after
    /// {unbondingDelay}. Unbonding stake stays slashable. A new request restarts the delay
    /// for everything unbonding.
    function requestUnbond(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Stake storage s = _stakes[msg.sender];
        if (amount > s.bonded) revert InsufficientStake(s.bonded, amount);
        s.bonded -= uint128(amount);
        s.unbonding += uint128(amount);
        uint64 releaseAt = uint64(block.timestamp) + unbondingDelay;
        s.releaseAt = releaseAt;
        emit UnbondRequested(msg.sender, amount, releaseAt);
    }

    /// @notice Pays out the caller's unbonded stake once the delay has passed.
    function withdrawStake() external nonReentrant {
        Stake storage s = _stakes[msg.sender];
        uint256 amount = s.unbonding;
        if (amount == 0) revert NothingToWithdraw();
        if (block.timestamp < s.releaseAt) revert StillUnbonding(s.releaseAt);
        s.unbonding = 0;
        emit StakeWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    function stakeOf(address operator) external view returns (uint256 bonded, uint256 unbonding, uint64 releaseAt) {
        Stake memory s = _stakes[operator];
        return (s.bonded, s.unbonding, s.releaseAt);
    }

    // ---------------------------------------------------------------- slashing

    /// @notice Called by {disputes} once equivocation of `node` is proven. Takes at most
    /// {maxPenalty} from the node's (last) operator, bonded stake first; credits
    /// {reporterRewardBps} of it to `reporter` and locks the rest. Removes the node.
    function slash(address node, address reporter) external returns (uint256 penalty) {
        if (msg.sender != address(disputes)) revert NotDisputes(msg.sender);
        Node storage n = _nodes[node];
        address operator = n.operator;
        if (operator == address(0)) revert NotRegistered(node);
        Stake storage s = _stakes[operator];
        uint256 available = uint256(s.bonded) + s.unbonding;
        penalty = available < maxPenalty ? available : maxPenalty;
        uint256 fromBonded = penalty < s.bonded ? penalty : s.bonded;
        s.bonded -= uint128(fromBonded);
        s.unbonding -= uint128(penalty - fromBonded);
        uint256 reward = (penalty * reporterRewardBps) / BPS;
        rewards[reporter] += reward;
        burned += penalty - reward;
        if (n.pos != 0) _remove(node, n);
        emit Slashed(operator, node, reporter, penalty, reward);
    }

    /// @notice Pays out the caller's accumulated reporter rewards.
    function withdrawReward() external nonReentrant {
        uint256 amount = rewards[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        rewards[msg.sender] = 0;
        emit RewardWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ---------------------------------------------------------------- internals

    function _checkRecord(address node, address operator, uint64 seq, bytes calldata record, bytes calldata sig)
        private
        view
        returns (bytes32 h)
    {
        if (node == address(0)) revert ZeroAddress();
        if (record.length == 0) revert EmptyRecord();
        if (record.length > MAX_RECORD_SIZE) revert RecordTooLarge(record.length);
        h = keccak256(record);
        address signer = ECDSA.recoverCalldata(recordDigest(node, operator, seq, h), sig);
        if (signer != node) revert BadNodeSignature(signer);
    }

    function _remove(address node, Node storage n) private {
        address operator = n.operator;
        address[] storage list = _operatorNodes[operator];
        uint256 idx = n.pos - 1;
        uint256 last = list.length - 1;
        if (idx != last) {
            address moved = list[last];
            list[idx] = moved;
            _nodes[moved].pos = uint32(idx + 1);
        }
        list.pop();
        n.pos = 0;
        delete recordHash[node];
        emit NodeRemoved(operator, node);
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
