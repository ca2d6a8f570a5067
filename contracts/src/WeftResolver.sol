// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @dev The one ENS registry function this resolver needs (EIP-137).
interface IENSRegistry {
    function owner(bytes32 node) external view returns (address);
}

/// @title WeftResolver — ENS-style names for weft operators.
/// @notice Answers `addr(namehash(name))` (EIP-137, interface 0x3b3b57de) with an
/// operator address, which {NodeRegistry.resolve} turns into nodes. Where ENS exists,
/// deploy with the ENS registry: a name's ENS owner sets its address here (and points
/// the name's resolver at this contract). Without ENS (devnets, chains with no ENS),
/// deploy with address(0): names are then claimed first come, first served, and the
/// holder can transfer them.
contract WeftResolver {
    bytes4 private constant INTERFACE_ID_ERC165 = 0x01ffc9a7;
    bytes4 private constant INTERFACE_ID_ADDR = 0x3b3b57de;

    /// @notice The ENS registry, or address(0) in standalone mode.
    IENSRegistry public immutable ens;
    /// @notice Standalone mode only: who controls a name.
    mapping(bytes32 node => address) public nameOwner;
    mapping(bytes32 node => address) private _addrs;

    event AddrChanged(bytes32 indexed node, address a);
    event NameOwnerChanged(bytes32 indexed node, address owner);

    error NotAuthorised(bytes32 node, address caller);
    error AlreadyClaimed(bytes32 node);
    error ENSMode();
    error ZeroAddress();

    constructor(IENSRegistry ens_) {
        ens = ens_;
    }

    /// @notice The operator address a name (by its EIP-137 namehash) points to, or zero.
    function addr(bytes32 node) external view returns (address payable) {
        return payable(_addrs[node]);
    }

    /// @notice Points `node` at `a`. The caller must own the name: in ENS mode per the
    /// ENS registry, in standalone mode per {nameOwner}.
    function setAddr(bytes32 node, address a) external {
        if (!_authorised(node)) revert NotAuthorised(node, msg.sender);
        _addrs[node] = a;
        emit AddrChanged(node, a);
    }

    /// @notice Standalone mode: claims an unowned name for the caller.
    function claim(bytes32 node) external {
        if (address(ens) != address(0)) revert ENSMode();
        if (nameOwner[node] != address(0)) revert AlreadyClaimed(node);
        nameOwner[node] = msg.sender;
        emit NameOwnerChanged(node, msg.sender);
    }

    /// @notice Standalone mode: hands a name to `newOwner`.
    function transferName(bytes32 node, address newOwner) external {
        if (address(ens) != address(0)) revert ENSMode();
        if (newOwner == address(0)) revert ZeroAddress();
        if (nameOwner[node] != msg.sender) revert NotAuthorised(node, msg.sender);
        nameOwner[node] = newOwner;
        emit NameOwnerChanged(node, newOwner);
    }

    /// @notice EIP-165.
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == INTERFACE_ID_ERC165 || interfaceId == INTERFACE_ID_ADDR;
    }

    function _authorised(bytes32 node) private view returns (bool) {
        if (address(ens) != address(0)) return ens.owner(node) == msg.sender;
        return nameOwner[node] == msg.sender;
    }
}
