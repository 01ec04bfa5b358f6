; Inno Setup script for SRO Desktop (Inno Setup 6.3 or newer).
;
; Build the one-folder app first (python packaging\build_app.py), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\sro-desktop.iss
; Result: dist\installer\sro-desktop-<version>-setup.exe. See packaging\README.md
; (signing: /S or signtool afterwards).
;
; Installs per user without administrator rights by default ({autopf} is then
; %LOCALAPPDATA%\Programs); the first page offers an installation for all users
; (needs administrator rights; then Program Files and HKLM).
;
; Uninstalling removes only the program folder and its Start-menu and registry
; entries. The user's data stays: the demo file, the automatic backups
; ("Sicherungen") and crash reports live in %APPDATA%\Hansestadt Rostock\SRO Desktop
; (sro_desktop/paths.py, user_data_dir), the settings in the registry under
; HKCU\Software\Hansestadt Rostock\SRO Desktop, and the .sro files wherever the
; user saved them. None of them is inside {app}.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#define AppName "SRO Desktop"
#define AppExe "sro-desktop.exe"
#define ProgId "SRODesktop.sro"
#define IconFile "..\..\resources\icons\sro-desktop.ico"

[Setup]
; keep this AppId forever: updates and uninstall find the installation by it
AppId={{6E0B5C1A-3F52-4B8E-9D2C-7A41C2E9B318}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Hansestadt Rostock
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#DistDir}\installer
OutputBaseFilename=sro-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
#if FileExists(AddBackslash(SourcePath) + IconFile)
SetupIconFile={#IconFile}
#endif
LicenseFile=..\..\LICENSE

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
german.AssocTask=.sro-Dateien mit {#AppName} öffnen
english.AssocTask=Open .sro files with {#AppName}
german.FileTypeName=SRO-Datei
english.FileTypeName=SRO file
german.DesktopTask=Verknüpfung auf dem Desktop
english.DesktopTask=Desktop shortcut

[Tasks]
Name: "associate"; Description: "{cm:AssocTask}"
Name: "desktopicon"; Description: "{cm:DesktopTask}"; Flags: unchecked

[Files]
Source: "{#DistDir}\sro-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: HKCU for a per-user installation, HKLM for all users
Root: HKA; Subkey: "Software\Classes\.sro\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""; Tasks: associate
; "Öffnen mit" lists the program for .sro files even without the association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sro"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --db ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
