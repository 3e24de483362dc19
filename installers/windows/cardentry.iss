; Inno Setup 6 script: a per-user Windows installer for the cardentry onedir app.
;
;   iscc /DAppVersion=VERSION /DSourceDir=..\..\build\installer\dist\cardentry /DOutputDir=..\..\dist cardentry.iss
;
; (installers/build-windows.ps1 runs PyInstaller, then this, with VERSION read from the
; frozen `cardentry-cli --version`: the version is written only in src/cardentry/__init__.py.)
; It installs for the current user only and never asks for administrator rights: files go to
; %LOCALAPPDATA%\Programs\cardentry ({autopf} in non-administrative mode), the Start-menu
; shortcut to the user's Start menu, registry entries under HKCU ({HKA}).
; The user's profile (database, keys, backups) is in %APPDATA%\cardentry, outside {app}:
; neither an upgrade nor the uninstaller touches it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\installer\dist\cardentry"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "cardentry"
#define AppExe "cardentry.exe"
#define ProgId "cardentry.bundle"

[Setup]
; Never change AppId: it is how a newer installer finds and upgrades an installed one.
AppId={{4B8727A0-05AA-4E0E-8533-611F1329B359}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt, and no dialog offering an all-users install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
; Smallest download: LZMA2 at its strongest, one solid stream.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Close a running cardentry before replacing its files (it saves as you type).
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes
SetupLogging=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole app: no library of the older version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Signed bundles are named *.cpc.json. Windows picks a handler by the last extension
; only (.json), so a key for ".cpc.json" would never be used; instead cardentry is added
; to the "Open with" choices of .json, without taking .json away from the user's editor.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "cardentry signed bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly the files and keys it installed.
; The profile in %APPDATA%\cardentry (cards, signing key, backups) is kept.
